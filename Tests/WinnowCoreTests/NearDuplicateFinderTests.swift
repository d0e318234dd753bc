import XCTest
@testable import WinnowCore

final class NearDuplicateFinderTests: XCTestCase {
    private let finder = NearDuplicateFinder()

    private func hashed(_ hashes: [UInt64]) -> [ImageFingerprint] {
        hashes.enumerated().map { ImageFingerprint(key: $0.offset, perceptualHash: $0.element) }
    }

    /// `hash` with the given bit positions flipped.
    private func flipping(_ hash: UInt64, _ bits: [Int]) -> UInt64 { bits.reduce(hash) { $0 ^ 1 << UInt64($1) } }

    func testHammingCountsDifferingBits() {
        XCTAssertEqual(NearDuplicateFinder.hamming(0, 0), 0)
        XCTAssertEqual(NearDuplicateFinder.hamming(0b1011, 0b0001), 2)
        XCTAssertEqual(NearDuplicateFinder.hamming(0, .max), 64)
    }

    func testSameContentHashIsAGroupEvenWithoutPerceptualHashes() {
        let images = [
            ImageFingerprint(key: 10, contentHash: "aa"),
            ImageFingerprint(key: 7, contentHash: "bb", perceptualHash: 0xF0F0),
            ImageFingerprint(key: 3, contentHash: "aa"),
            ImageFingerprint(key: 5),
        ]
        XCTAssertEqual(finder.groups(images), [[3, 10]])
    }

    func testNearHashesJoinTransitivelyThroughAChain() {
        let a: UInt64 = 0x0123_4567_89AB_CDEF
        let b = flipping(a, [0, 20, 40, 60])
        let c = flipping(b, [1, 21, 41, 61])  // 8 bits from a: near only through b
        let far = ~a
        XCTAssertEqual(NearDuplicateFinder.hamming(a, c), 8)
        XCTAssertEqual(finder.groups(hashed([far, c, a, b])), [[1, 2, 3]])
    }

    func testThresholdIsInclusive() {
        let a: UInt64 = 0xDEAD_BEEF_0BAD_F00D
        // Spread over bands and packed into one band: both must be found.
        for bits in [[3, 17, 33, 50], [60, 61, 62, 63], [0, 1, 2, 3]] {
            XCTAssertEqual(finder.groups(hashed([a, flipping(a, bits)])), [[0, 1]], "\(bits)")
            XCTAssertEqual(finder.groups(hashed([a, flipping(a, bits + [30])])), [], "\(bits) + 30")
        }
        XCTAssertEqual(NearDuplicateFinder(threshold: 1).groups(hashed([a, flipping(a, [9])])), [[0, 1]])
        XCTAssertEqual(NearDuplicateFinder(threshold: 1).groups(hashed([a, flipping(a, [9, 10])])), [])
    }

    func testThresholdZeroGroupsOnlyEqualHashes() {
        let zero = NearDuplicateFinder(threshold: 0)
        XCTAssertEqual(zero.groups(hashed([5, 4, 5, 7, 5])), [[0, 2, 4]])
    }

    func testOutputOrderDoesNotDependOnInputOrder() {
        var random = TestRandom(seed: 7)
        let images = clustered(count: 3000, centers: 300, maxFlips: 5, random: &random)
        let expected = finder.groups(images)
        XCTAssertGreaterThan(expected.count, 50)
        for group in expected { XCTAssertEqual(group, group.sorted()) }
        XCTAssertEqual(expected.map { $0[0] }, expected.map { $0[0] }.sorted())
        var shuffled = images
        shuffled.shuffle(using: &random)
        XCTAssertEqual(finder.groups(shuffled), expected)
    }

    /// Dense clusters (many pairs at 3 to 8 bits) so the brute force has real work to agree on.
    func testMatchesAllPairsComparisonOnClusteredHashes() {
        var random = TestRandom(seed: 11)
        let images = clustered(count: 2000, centers: 150, maxFlips: 4, random: &random)
        XCTAssertEqual(finder.groups(images), bruteForce(images, threshold: 4))
    }

    func testFindsEveryPlantedPairAmong100kHashes() {
        var random = TestRandom(seed: 42)
        var images = (0..<100_000).map { ImageFingerprint(key: $0, perceptualHash: random.next()) }
        var planted: [(Int, Int)] = []
        for _ in 0..<1000 {
            let (source, target) = (random.below(100_000), random.below(100_000))
            guard source != target, !planted.contains(where: { [$0.0, $0.1].contains(target) || [$0.0, $0.1].contains(source) }) else { continue }
            let bits = (0..<random.below(5)).map { _ in random.below(64) }
            images[target].perceptualHash = flipping(images[source].perceptualHash!, bits)
            planted.append((source, target))
        }
        let groups = finder.groups(images)
        var groupOf: [Int: Int] = [:]
        for (index, group) in groups.enumerated() { for key in group { groupOf[key] = index } }
        for (source, target) in planted {
            XCTAssertNotNil(groupOf[source], "pair \(source)-\(target)")
            XCTAssertEqual(groupOf[source], groupOf[target], "pair \(source)-\(target)")
        }
        XCTAssertGreaterThan(planted.count, 900)
        // Random 64-bit hashes are never within 4 bits of each other by chance (p ~ 1e-13 a pair).
        XCTAssertEqual(groups.count, planted.count)
    }

    private func clustered(count: Int, centers: Int, maxFlips: Int, random: inout TestRandom) -> [ImageFingerprint] {
        let centerHashes = (0..<centers).map { _ in random.next() }
        return (0..<count).map { key in
            let bits = (0..<random.below(maxFlips + 1)).map { _ in random.below(64) }
            return ImageFingerprint(key: key, perceptualHash: flipping(centerHashes[random.below(centers)], bits))
        }
    }

    private func bruteForce(_ images: [ImageFingerprint], threshold: Int) -> [[Int]] {
        var sets = DisjointSets(count: images.count)
        for i in images.indices {
            for j in images.indices where j > i
            && NearDuplicateFinder.hamming(images[i].perceptualHash!, images[j].perceptualHash!) <= threshold {
                sets.join(i, j)
            }
        }
        let members = Dictionary(grouping: images.indices) { sets.root(of: $0) }.values
        return members.filter { $0.count > 1 }.map { $0.map { images[$0].key }.sorted() }.sorted { $0[0] < $1[0] }
    }
}
