import Foundation
import WinnowTestSupport
import XCTest
@testable import WinnowCore

final class PerceptualHashBatchTests: XCTestCase {
    private func hashes(_ urls: [URL], _ cache: inout PerceptualHashCache, _ hasher: HashCallCounter) -> [Result<UInt64, ImageHashFailure>] {
        PerceptualHashBatch.hashes(of: urls, cache: &cache, hashFile: { try hasher.hash($0) })
    }

    func testFailuresAreReportedPerFileInInputOrder() throws {
        let folder = try TemporaryFolder()
        let good = try folder.write("a.png", text: "pixels")
        let bad = try folder.write("b.png", text: "bad pixels")
        let missing = folder.file("gone.png")
        var cache = PerceptualHashCache()
        let results = hashes([bad, good, missing], &cache, HashCallCounter())
        XCTAssertEqual(results.count, 3)
        XCTAssertEqual(try results.element(1).get(), try HashCallCounter().hash(good))
        XCTAssertEqual(try results.element(0), .failure(ImageHashFailure(path: bad.path, description: "\(bad.path): not an image")))
        guard case .failure(let gone) = try results.element(2) else { return XCTFail("a missing file has no hash") }
        XCTAssertEqual(gone.path, missing.path)
        XCTAssertEqual(cache.count, 1, "only the hash that was computed is cached")
    }

    func testSecondRunHashesOnlyWhatChangedOrFailed() throws {
        let folder = try TemporaryFolder()
        let urls = try (0..<40).map { try folder.write("img-\($0).png", text: "screen \($0)") }
            + [try folder.write("broken.png", text: "bad")]
        var cache = PerceptualHashCache()
        let hasher = HashCallCounter()
        let first = hashes(urls, &cache, hasher)
        XCTAssertEqual(hasher.callCount, 41)

        try folder.write("img-7.png", text: "screen 7, edited")
        let second = hashes(urls, &cache, hasher)
        XCTAssertEqual(hasher.callCount, 41 + 2, "the edited file and the broken one again")
        XCTAssertNotEqual(try second.element(7), try first.element(7))
        XCTAssertEqual(Array(second[8..<40]), Array(first[8..<40]))
    }

    func testCacheSurvivesASaveAndLoad() throws {
        let folder = try TemporaryFolder()
        let urls = try (0..<5).map { try folder.write("img-\($0).png", text: "screen \($0)") }
        var cache = PerceptualHashCache()
        let first = hashes(urls, &cache, HashCallCounter())
        try cache.save(to: folder.file(".winnow/phash.tsv"))

        var reloaded = PerceptualHashCache(contentsOf: folder.file(".winnow/phash.tsv"))
        let hasher = HashCallCounter()
        XCTAssertEqual(hashes(urls, &reloaded, hasher), first)
        XCTAssertEqual(hasher.callCount, 0)
    }

    func testTouchingAFileWithoutChangingItRehashesIt() throws {
        let folder = try TemporaryFolder()
        let url = try folder.write("img.png", text: "screen")
        var cache = PerceptualHashCache()
        let hasher = HashCallCounter()
        _ = hashes([url], &cache, hasher)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_000_000)], ofItemAtPath: url.path)
        _ = hashes([url], &cache, hasher)
        XCTAssertEqual(hasher.callCount, 2)
    }
}
