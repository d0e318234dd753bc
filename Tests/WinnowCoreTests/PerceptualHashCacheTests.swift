import Foundation
import WinnowTestSupport
import XCTest
@testable import WinnowCore

final class PerceptualHashCacheTests: XCTestCase {
    private let stamp = FileStamp(size: 1234, modifiedNanoseconds: 1_729_626_867_123_456_789)

    func testSavedCacheLoadsBackSortedByPath() throws {
        let folder = try TemporaryFolder()
        var cache = PerceptualHashCache()
        cache.record(0x00C0_FFEE, forPath: "/data/images/b.png", stamp: stamp)
        cache.record(0xFFFF_0000_1234_ABCD, forPath: "/data/images/a b.png", stamp: FileStamp(size: 0, modifiedNanoseconds: -5))
        let file = folder.file(".winnow/phash.tsv")
        try cache.save(to: file)
        XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), """
            \(PerceptualHashCache.header)
            /data/images/a b.png\t0\t-5\tffff00001234abcd
            /data/images/b.png\t1234\t1729626867123456789\t0000000000c0ffee

            """)
        let loaded = PerceptualHashCache(contentsOf: file)
        XCTAssertEqual(loaded.problems, [])
        XCTAssertEqual(loaded.count, 2)
        XCTAssertEqual(loaded.hash(forPath: "/data/images/b.png", stamp: stamp), 0x00C0_FFEE)
        XCTAssertEqual(loaded.hash(forPath: "/data/images/a b.png", stamp: FileStamp(size: 0, modifiedNanoseconds: -5)), 0xFFFF_0000_1234_ABCD)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.file(".winnow").path), ["phash.tsv"],
                       "no temporary file left behind")
    }

    func testChangedSizeOrTimeIsAMiss() {
        var cache = PerceptualHashCache()
        cache.record(42, forPath: "x.png", stamp: stamp)
        XCTAssertEqual(cache.hash(forPath: "x.png", stamp: stamp), 42)
        XCTAssertNil(cache.hash(forPath: "x.png", stamp: FileStamp(size: 1235, modifiedNanoseconds: stamp.modifiedNanoseconds)))
        XCTAssertNil(cache.hash(forPath: "x.png", stamp: FileStamp(size: 1234, modifiedNanoseconds: stamp.modifiedNanoseconds + 1)))
        XCTAssertNil(cache.hash(forPath: "y.png", stamp: stamp))
    }

    func testBadLinesAreSkippedAndReported() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("phash.tsv", text: [
            PerceptualHashCache.header,
            "good.png\t10\t20\t0123456789abcdef",
            "three-fields.png\t10\t20",
            "short-hash.png\t10\t20\t123456789abcdef",
            "signed-hash.png\t10\t20\t+123456789abcdef",
            "negative-size.png\t-1\t20\t0123456789abcdef",
            "\t10\t20\t0123456789abcdef",
            "",
            "also-good.png\t11\t21\tFEDCBA9876543210",
        ].joined(separator: "\n"))
        let cache = PerceptualHashCache(contentsOf: file)
        XCTAssertEqual(cache.count, 2)
        XCTAssertEqual(cache.hash(forPath: "good.png", stamp: FileStamp(size: 10, modifiedNanoseconds: 20)), 0x0123_4567_89AB_CDEF)
        XCTAssertEqual(cache.hash(forPath: "also-good.png", stamp: FileStamp(size: 11, modifiedNanoseconds: 21)), 0xFEDC_BA98_7654_3210)
        XCTAssertEqual(cache.problems.map { $0.split(separator: ":").dropFirst().first }, ["3", "4", "5", "6", "7"])
        XCTAssertTrue(try cache.problems.element(0).hasPrefix(file.path + ":3: "), cache.problems.shown(0))
    }

    func testAnotherVersionIsIgnoredAndAMissingFileIsEmpty() throws {
        let folder = try TemporaryFolder()
        let old = try folder.write("old.tsv", text: "# winnow perceptual hashes v0\ngood.png\t10\t20\t0123456789abcdef\n")
        let cache = PerceptualHashCache(contentsOf: old)
        XCTAssertEqual(cache.count, 0)
        XCTAssertEqual(cache.problems.count, 1)
        let missing = PerceptualHashCache(contentsOf: folder.file("none.tsv"))
        XCTAssertEqual([missing.count, missing.problems.count], [0, 0])
    }

    func testPathsThatCannotBeALineAreNotCached() {
        var cache = PerceptualHashCache()
        cache.record(1, forPath: "tab\there.png", stamp: stamp)
        cache.record(2, forPath: "line\nbreak.png", stamp: stamp)
        XCTAssertEqual(cache.count, 0)
    }

    func testSavingTwiceWritesTheSameBytes() throws {
        let folder = try TemporaryFolder()
        var cache = PerceptualHashCache()
        for n in (0..<50).reversed() { cache.record(UInt64(n) * 0x0101_0101, forPath: "img-\(n).png", stamp: stamp) }
        try cache.save(to: folder.file("one.tsv"))
        try PerceptualHashCache(contentsOf: folder.file("one.tsv")).save(to: folder.file("two.tsv"))
        XCTAssertEqual(try Data(contentsOf: folder.file("one.tsv")), try Data(contentsOf: folder.file("two.tsv")))
    }
}
