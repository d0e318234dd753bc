import WinnowCanvas

/// Decides which thumbnails to decode ahead of the cursor and which to drop, so the next item
/// is on screen at once and memory stays bounded.
enum ThumbnailPlanner {
    /// Items ahead of the cursor decoded in advance (and one behind, for going back).
    static let lookAhead = 3
    static let lookBehind = 1
    /// Thumbnails kept around the cursor.
    static let keepRadius = 12

    static func plan(_ state: inout AppState) -> [AppEffect] {
        var requests: [ThumbnailRequest] = []
        let low = max(0, state.cursor - lookBehind)
        let high = min(state.queue.count - 1, state.cursor + lookAhead)
        guard low <= high else { return [] }
        // The current item first, then outward.
        let positions = [state.cursor] + (low...high).filter { $0 != state.cursor }
        for position in positions {
            let item = state.queue[position]
            guard let key = key(forItem: item, state), state.thumbnails[key] == nil,
                !state.requestedThumbnails.contains(key), state.imageFailures[item] == nil,
                let url = state.items[item].imageURL
            else { continue }
            state.requestedThumbnails.insert(key)
            requests.append(ThumbnailRequest(key: key, url: url))
        }
        return requests.isEmpty ? [] : [.loadThumbnails(requests)]
    }

    /// The thumbnail that fits the image pane now, if the item has a known size.
    static func key(forItem item: Int, _ state: AppState) -> ThumbnailKey? {
        guard let pane = WorkstationLayout(state)?.imageContent else { return nil }
        let it = state.items[item]
        let region = item == state.currentItemIndex ? ZoomRegion.current(state, pane: pane) : nil
        let shown = region.map { ($0.width, $0.height) } ?? (it.width, it.height)
        let fit = ThumbnailFit.pixelSize(imageWidth: shown.0, imageHeight: shown.1, columns: pane.width, rows: pane.height)
        guard fit.width > 0, fit.height > 0 else { return nil }
        return ThumbnailKey(item: item, width: fit.width, height: fit.height, region: region)
    }

    static func evictFar(_ state: inout AppState) {
        let near = Set(state.queue[max(0, state.cursor - keepRadius)..<min(state.queue.count, state.cursor + keepRadius + 1)])
        for key in state.thumbnails.keys where !near.contains(key.item) || key != Self.key(forItem: key.item, state) {
            state.thumbnails[key] = nil
        }
    }
}
