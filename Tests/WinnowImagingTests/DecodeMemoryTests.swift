import Foundation
import Synchronization
import XCTest
@testable import WinnowImaging

/// Small files that would cost a lot: libjpeg's working memory is capped per decode, and all
/// threads' decodes share one budget.
final class DecodeMemoryTests: XCTestCase {
    /// 521 bytes: a 16x16 progressive JPEG whose header was made to say 10000x10000. Decoding it
    /// even at 1/8 scale would take 600 MB of coefficients (708 MB was measured before the cap).
    private static let progressiveBomb = [UInt8](Data(base64Encoded: "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2P/wgARCCcQJxADASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAT/xAAVAQEBAAAAAAAAAAAAAAAAAAADBf/aAAwDAQACEAMQAAABjAVP/8QAFBABAAAAAAAAAAAAAAAAAAAAIP/aAAgBAQABBQIf/8QAFBEBAAAAAAAAAAAAAAAAAAAAAP/aAAgBAwEBPwF//8QAFBEBAAAAAAAAAAAAAAAAAAAAAP/aAAgBAgEBPwF//8QAFBABAAAAAAAAAAAAAAAAAAAAIP/aAAgBAQAGPwIf/8QAFBABAAAAAAAAAAAAAAAAAAAAIP/aAAgBAQABPyEf/9oADAMBAAIAAwAAABAD/8QAFBEBAAAAAAAAAAAAAAAAAAAAAP/aAAgBAwEBPxB//8QAFBEBAAAAAAAAAAAAAAAAAAAAAP/aAAgBAgEBPxB//8QAFBABAAAAAAAAAAAAAAAAAAAAIP/aAAgBAQABPxAf/9k=")!)

    func testAProgressiveJPEGDeclaringHundredMegapixelsStopsAtTheWorkingMemoryCap() {
        XCTAssertEqual(Self.progressiveBomb.count, 521)
        for atLeast in [nil, (width: 8, height: 6)] as [(width: Int, height: Int)?] {
            XCTAssertThrowsError(try ImageDecoder.decode(Self.progressiveBomb, path: "bomb.jpg", atLeast: atLeast)) { error in
                XCTAssertEqual((error as? ImageDecodeError)?.reason,
                               "corrupt JPEG: needs more than 192 MB of working memory to decode (a progressive JPEG this large)")
            }
        }
    }

    /// Eight threads asking for up to 300 MB each of a 512 MB budget never hold more than 512 MB
    /// together; one asking for more than the whole budget still runs (alone).
    func testParallelReservationsNeverExceedTheBudget() {
        let budget = DecodeMemoryBudget(bytes: 512_000_000)
        let runs = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: 8) { thread in
            for round in 0..<40 {
                let bytes = ((thread * 7 + round * 13) % 30 + 1) * 10_000_000
                budget.withReservation(bytes) { _ = runs.add(1, ordering: .relaxed) }
            }
        }
        budget.withReservation(2_000_000_000) { _ = runs.add(1, ordering: .relaxed) }
        XCTAssertEqual(runs.load(ordering: .relaxed), 8 * 40 + 1)
        XCTAssertLessThanOrEqual(budget.peakBytes, 512_000_000)
        XCTAssertGreaterThanOrEqual(budget.peakBytes, 300_000_000)
    }
}
