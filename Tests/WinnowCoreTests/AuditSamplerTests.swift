import XCTest
@testable import WinnowCore

final class AuditSamplerTests: XCTestCase {
    private let population = (0..<20).map { "item" + ($0 < 10 ? "0" : "") + String($0) }

    func testSplitMix64MatchesTheReferenceOutput() {
        var random = SplitMix64(seed: 0)
        XCTAssertEqual([random.next(), random.next(), random.next()], [0xE220_A839_7B1D_CDAF, 0x6E78_9E6A_A1B9_65F4, 0x06C4_5D18_8009_454F])
    }

    func testSampleIsPinnedSoEveryMachineDrawsTheSame() {
        // Computed independently (a few lines of Python) from the documented algorithm.
        XCTAssertEqual(AuditSampler.draw(population: population, count: 5, seed: 7), ["item07", "item15", "item02", "item14", "item03"])
    }

    func testSameInputsInAnyOrderGiveTheSameSample() {
        let sample = AuditSampler.draw(population: population, count: 8, seed: 42)
        XCTAssertEqual(AuditSampler.draw(population: population.reversed(), count: 8, seed: 42), sample)
        XCTAssertEqual(Set(sample).count, 8)
        XCTAssertTrue(Set(sample).isSubset(of: Set(population)))
        XCTAssertNotEqual(AuditSampler.draw(population: population, count: 8, seed: 43), sample)
    }

    func testASmallerSampleIsAPrefixOfALargerOne() {
        let large = AuditSampler.draw(population: population, count: 10, seed: 3)
        XCTAssertEqual(AuditSampler.draw(population: population, count: 4, seed: 3), Array(large.prefix(4)))
    }

    func testCountBeyondThePopulationTakesEveryoneOnce() {
        XCTAssertEqual(Set(AuditSampler.draw(population: ["a", "b", "a"], count: 10, seed: 1)), ["a", "b"])
        XCTAssertEqual(AuditSampler.draw(population: ["a", "b"], count: 10, seed: 1).count, 2)
        XCTAssertEqual(AuditSampler.draw(population: [], count: 3, seed: 1), [])
        XCTAssertEqual(AuditSampler.draw(population: population, count: 0, seed: 1), [])
    }

    func testBoundedDrawsStayInRangeAndReachEveryValue() {
        var random = SplitMix64(seed: 99)
        var seen = Set<UInt64>()
        for _ in 0..<200 { seen.insert(random.below(5)) }
        XCTAssertEqual(seen, [0, 1, 2, 3, 4])
    }
}
