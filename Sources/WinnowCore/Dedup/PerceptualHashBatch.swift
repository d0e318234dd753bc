import Foundation

/// Perceptual hashes for a list of images: from the cache where the file is unchanged, else
/// computed by `hashFile` on all cores and recorded in the cache. WinnowCore decodes no images,
/// so the caller passes the hash function, e.g.
/// `{ try PerceptualHash.dHash(ofFileAt: $0.path) }` from WinnowImaging.
///
/// A typical export: `var cache = PerceptualHashCache(contentsOf: stateFolder/phash.tsv)`,
/// `hashes(of:cache:hashFile:)`, then `try? cache.save(to:)` (a cache that cannot be saved
/// only costs time next run).
public enum PerceptualHashBatch {
    public typealias HashFile = @Sendable (URL) throws -> UInt64

    /// One result per URL, in order. A file that cannot be read or decoded is a failure for
    /// that URL, described as `file: what is wrong` (the hasher's error's description).
    public static func hashes(of urls: [URL], cache: inout PerceptualHashCache,
                              hashFile: HashFile) -> [Result<UInt64, ImageHashFailure>] {
        let stamps = urls.map { FileStamp.of(path: $0.path) }
        var results: [Result<UInt64, ImageHashFailure>?] = urls.indices.map { index in
            guard let stamp = stamps[index], let hash = cache.hash(forPath: urls[index].path, stamp: stamp) else { return nil }
            return .success(hash)
        }
        let misses = results.indices.filter { results[$0] == nil }
        let computed = misses.concurrentMap { index in compute(urls[index], hashFile) }
        for (index, result) in zip(misses, computed) {
            results[index] = result
            // The stamp taken before hashing: had the file changed meanwhile, the next run's
            // stamp would not match it and the file would be hashed again.
            if case .success(let hash) = result, let stamp = stamps[index] { cache.record(hash, forPath: urls[index].path, stamp: stamp) }
        }
        return results.map { $0! }
    }

    private static func compute(_ url: URL, _ hashFile: HashFile) -> Result<UInt64, ImageHashFailure> {
        do {
            return .success(try hashFile(url))
        } catch {
            return .failure(ImageHashFailure(path: url.path, description: "\(error)"))
        }
    }
}
