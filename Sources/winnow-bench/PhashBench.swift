import WinnowApp
import Foundation
import WinnowCore
import WinnowImaging

/// `winnow-bench --phash N`: the perceptual hash of N generated 1920x1080 PNG screenshots, one at
/// a time (decode and 9x8 box filter apart), then as a batch on all cores, cold and again from a
/// saved cache; and near-duplicate grouping of 100k hashes with planted copies.
enum PhashBench {
    private static let hashFile: PerceptualHashBatch.HashFile = { try PerceptualHash.dHash(ofFileAt: $0.path) }

    static func run(images count: Int) throws(CLIError) -> ExitCode {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("winnow-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        StandardError.write("bench: writing \(count) 1920x1080 screenshots to \(folder.path)")
        let images = try BenchDataset.write(count: count, into: folder).images
        perImage(images)
        batch(images, cacheFile: folder.appendingPathComponent("state/phash.tsv"))
        grouping(count: 100_000, planted: 1000)
        return .ok
    }

    private static func perImage(_ images: [URL]) {
        var decode: [Double] = [], grid: [Double] = [], whole: [Double] = []
        for url in images {
            let (image, decodeTime) = timed { try? ImageDecoder.decode(fileAt: url.path) }
            guard let image else { continue }
            decode.append(decodeTime)
            grid.append(timed { PerceptualHash.dHash(of: image) }.ms)
            whole.append(timed { try? PerceptualHash.dHash(ofFileAt: url.path) }.ms)
        }
        let median = { BenchResult.percentile($0, 0.5) }
        print(String(format: "dHash of a 1920x1080 PNG, one core: %.1f ms (decode %.1f ms + 9x8 box filter and bits %.1f ms), median of %d",
                     median(whole), median(decode), median(grid), whole.count))
    }

    private static func batch(_ images: [URL], cacheFile: URL) {
        var cache = PerceptualHashCache()
        let cold = timed { PerceptualHashBatch.hashes(of: images, cache: &cache, hashFile: hashFile) }
        let save = timed { try? cache.save(to: cacheFile) }.ms
        var (loaded, load) = timed { PerceptualHashCache(contentsOf: cacheFile) }
        let warm = timed { PerceptualHashBatch.hashes(of: images, cache: &loaded, hashFile: hashFile) }
        let failed = cold.value.filter { if case .failure = $0 { true } else { false } }.count
        print(String(format: "batch of %d on %d cores: %.0f ms cold (%.1f ms an image, %d failed); from the cache %.1f ms (save %.1f ms, load %.1f ms)",
                     images.count, ProcessInfo.processInfo.activeProcessorCount, cold.ms, cold.ms / Double(max(1, images.count)),
                     failed, warm.ms, save, load))
    }

    /// Random hashes (never within 4 bits by chance) with `planted` near copies at 0-4 bits and
    /// as many exact content duplicates.
    private static func grouping(count: Int, planted: Int) {
        var state: UInt64 = 0x5EED
        var images = (0..<count).map { ImageFingerprint(key: $0, contentHash: String($0, radix: 16), perceptualHash: splitmix(&state)) }
        for n in 0..<planted {
            let bits = (0..<Int(splitmix(&state) % 5)).map { _ in splitmix(&state) % 64 }
            images[2 * n + 1].perceptualHash = bits.reduce(images[2 * n].perceptualHash!) { $0 ^ 1 << $1 }
            images[count - 1 - n].contentHash = images[count / 2 + n].contentHash
        }
        let finder = NearDuplicateFinder()
        var groups: [[Int]] = []
        let times = (0..<5).map { _ in timed { groups = finder.groups(images) }.ms }
        print(String(format: "near-duplicate groups of %d hashes (threshold %d): %.0f ms, median of 5; %d groups (%d planted)",
                     count, finder.threshold, BenchResult.percentile(times, 0.5), groups.count, 2 * planted))
    }

    private static func splitmix(_ state: inout UInt64) -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = (state ^ state >> 30) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ z >> 27) &* 0x94D0_49BB_1331_11EB
        return z ^ z >> 31
    }

    private static func timed<T>(_ body: () -> T) -> (value: T, ms: Double) {
        let start = DispatchTime.now().uptimeNanoseconds
        let value = body()
        return (value, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
    }
}
