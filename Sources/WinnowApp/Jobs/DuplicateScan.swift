import Foundation
import WinnowCore
import WinnowImaging

/// Groups of exact or near-duplicate images among the exported items (item indices), by
/// perceptual hash. Hashes are kept in the state folder's `phash.tsv`, so only new or changed
/// images are decoded on the next export. An image that cannot be hashed is reported and
/// simply not grouped.
package enum DuplicateScan {
    package static let chunk = 512

    package static func groups(_ snapshot: ReviewSnapshot, items: [Int], state: URL) -> [[Int]] {
        let cacheURL = state.appendingPathComponent("phash.tsv")
        var cache = PerceptualHashCache(contentsOf: cacheURL)
        let urls = items.map { snapshot.items[$0].imageURL ?? URL(fileURLWithPath: "/") }
        let progress = ExportProgress()
        var fingerprints: [ImageFingerprint] = []
        for start in stride(from: 0, to: urls.count, by: chunk) {
            progress.report("hashing images for near-duplicates", start, of: urls.count)
            let part = Array(urls[start..<min(urls.count, start + chunk)])
            let hashes = PerceptualHashBatch.hashes(of: part, cache: &cache) { try PerceptualHash.dHash(ofFileAt: $0.path) }
            for (offset, result) in hashes.enumerated() {
                switch result {
                case .success(let hash): fingerprints.append(ImageFingerprint(key: items[start + offset], perceptualHash: hash))
                case .failure(let failure): StandardError.write("warning: \(TerminalSafe.text(failure.description)): not checked for near-duplicates")
                }
            }
        }
        progress.finish()
        try? cache.save(to: cacheURL)  // a cache that cannot be saved only costs time next run
        return NearDuplicateFinder().groups(fingerprints)
    }
}
