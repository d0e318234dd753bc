import Foundation
import WinnowCore
import WinnowImaging

/// Measures every image pair of a workspace as it opens: how much changed, whether the structure
/// survived, and which originals are the same photo (perceptual hash), on all cores. An image that
/// does not decode is a problem of its session, and the pair is left unmeasured.
package enum PairMeasurements {
    package static func measured(_ workspace: Workspace) -> Workspace {
        guard workspace.datasets.contains(where: { $0.format == .pairs }) else { return workspace }
        var copy = workspace
        copy.datasets = workspace.datasets.map { $0.format == .pairs ? measured($0) : $0 }
        return Workspace(root: copy.root, datasets: copy.datasets, issues: copy.issues, qualifyIDs: copy.isFolderOfDatasets)
    }

    private static func measured(_ dataset: Dataset) -> Dataset {
        var copy = dataset
        copy.items = dataset.items.concurrentMap(measure)
        let hashed = copy.items.indices.compactMap { i in copy.items[i].pair?.originalHash.map { ImageFingerprint(key: i, perceptualHash: $0) } }
        let ids = copy.items.map(\.id)
        for group in NearDuplicateFinder().groups(hashed) {
            for index in group {
                let others = group.filter { $0 != index }.map { ids[$0] }
                copy.items[index].pair?.sameOriginalAs = others
                let named = others.prefix(5).joined(separator: ", ") + (others.count > 5 ? ", …" : "")
                copy.items[index].readIssues.append(Issue(.warning, "pair.same-original", "the same original photo as \(named)", location: ids[index]))
            }
        }
        return copy
    }

    private static func measure(_ item: ReviewItem) -> ReviewItem {
        guard var pair = item.pair, let originalURL = item.imageURL else { return item }
        var copy = item
        let original = decode(originalURL, session: item.id, into: &copy)
        pair.originalHash = original.map(PerceptualHash.dHash)
        if let original, let editedURL = pair.editedURL, let edited = decode(editedURL, session: item.id, into: &copy) {
            let measure = PairMeasure(original: original, edited: edited)
            pair.change = measure.change
            pair.structure = measure.structure
        }
        copy.pair = pair
        return copy
    }

    private static func decode(_ url: URL, session: String, into item: inout ReviewItem) -> RGBAImage? {
        do {
            return try ImageDecoder.decode(fileAt: url.path, atLeast: (64, 64))  // all the measures look at
        } catch {
            item.readIssues.append(Issue(.error, "pair.undecodable", error.reason, location: "\(session)/\(url.lastPathComponent)"))
            return nil
        }
    }
}
