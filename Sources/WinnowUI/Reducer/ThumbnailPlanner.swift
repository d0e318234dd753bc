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
        var wanted: [ThumbnailRequest] = []
        let low = max(0, state.cursor - lookBehind)
        let high = min(state.queue.count - 1, state.cursor + lookAhead)
        guard low <= high else { return [] }
        // The current item first, then outward.
        let positions = [state.cursor] + (low...high).filter { $0 != state.cursor }
        for position in positions where state.imageFailures[state.queue[position]] == nil {
            for request in requests(forItem: state.queue[position], state)
            where state.thumbnails[request.key] == nil && !state.requestedThumbnails.contains(request.key) {
                state.requestedThumbnails.insert(request.key)
                wanted.append(request)
            }
        }
        return wanted.isEmpty ? [] : [.loadThumbnails(wanted)]
    }

    /// The thumbnails an item shows now: its image, or a pair's two (the same size, so at the same scale).
    static func requests(forItem item: Int, _ state: AppState) -> [ThumbnailRequest] {
        let it = state.items[item]
        if let pair = it.pair {
            guard let key = PairPane.thumbnailKey(forItem: item, state) else { return [] }
            var edited = key
            edited.edited = true
            return [it.imageURL.map { ThumbnailRequest(key: key, url: $0) }, pair.editedURL.map { ThumbnailRequest(key: edited, url: $0) }]
                .compactMap { $0 }
        }
        guard let url = it.imageURL, let key = key(forItem: item, state) else { return [] }
        return [ThumbnailRequest(key: key, url: url)]
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

    /// Drops thumbnails of items more than `keepRadius` away or no longer the size shown, then the
    /// farthest from the cursor until the rest fit `display.thumbnailCacheBytes`; the current item
    /// and those decoded ahead stay, or they would be decoded again at once.
    static func evictFar(_ state: inout AppState) {
        let window = max(0, state.cursor - keepRadius)..<min(state.queue.count, state.cursor + keepRadius + 1)
        let position = Dictionary(window.map { (state.queue[$0], $0) }, uniquingKeysWith: { first, _ in first })
        for key in state.thumbnails.keys where position[key.item] == nil || !requests(forItem: key.item, state).contains(where: { $0.key == key }) {
            state.thumbnails[key] = nil
        }
        var bytes = state.thumbnails.values.reduce(0) { $0 + $1.rgb.count }
        let kept = (state.cursor - lookBehind)...(state.cursor + lookAhead)
        let farthestFirst = state.thumbnails.keys.sorted { abs(position[$0.item]! - state.cursor) > abs(position[$1.item]! - state.cursor) }
        for key in farthestFirst where bytes > state.display.thumbnailCacheBytes && !kept.contains(position[key.item]!) {
            bytes -= state.thumbnails[key]?.rgb.count ?? 0
            state.thumbnails[key] = nil
        }
    }
}
