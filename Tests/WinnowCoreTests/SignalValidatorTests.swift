import Foundation
import WinnowTestSupport
import XCTest

@testable import WinnowCore

final class SignalValidatorTests: XCTestCase {
    private typealias F = SignalRunFixture

    private func codes(_ issues: [Issue]) -> [String] { issues.map(\.code) }

    func testCleanRunWithItsDetectedEventsHasNoIssues() {
        let run = F.run()
        XCTAssertEqual(SignalValidator.issues(for: run, events: SignalEventDetector.detect(run).map(\.position)), [])
    }

    func testMissingChannelsNameThemselves() throws {
        var run = F.run()
        run.channels.removeAll { $0.name == "I Thrust" || $0.name == "Position" }
        let issues = SignalValidator.issues(for: run, events: [])
        XCTAssertEqual(codes(issues), ["signal.missing-channel", "signal.missing-channel"])
        XCTAssertEqual(issues.map(\.severity), [.error, .warning])
        XCTAssertEqual(try issues.element(0).message, "no Position channel (channels: I Torque, I Torque Empty, Step)")
        XCTAssertEqual(try issues.element(1).message, "no I Thrust channel (channels: I Torque, I Torque Empty, Step)")
    }

    func testNonFiniteValuesAreCountedPerChannel() throws {
        var run = F.run()
        run.channels[1].values[120] = .nan
        run.channels[1].values[500] = .infinity
        run.channels[0].values[7] = -.infinity
        let issues = SignalValidator.issues(for: run, events: [])
        XCTAssertEqual(codes(issues), ["signal.non-finite", "signal.non-finite"])
        XCTAssertEqual(try issues.element(0).message, "Position has 1 non-finite value (NaN/Inf), first at sample 7")
        XCTAssertEqual(try issues.element(1).message, "I Torque has 2 non-finite values (NaN/Inf), first at sample 120")
        XCTAssertEqual(try issues.element(1).severity, .warning)
    }

    func testTooFewSamples() throws {
        let short = SignalValidator.issues(for: F.run(count: 30, events: (5, 10, 20)), events: [])
        XCTAssertEqual(codes(short), ["signal.too-few-samples"])
        XCTAssertEqual(try short.element(0).message, "only 30 samples (at least 50 expected)")
        XCTAssertEqual(try short.element(0).severity, .warning)
        let empty = SignalValidator.issues(for: F.run(count: 0, events: (0, 0, 0)), events: [])
        XCTAssertEqual(empty, [Issue(.error, "signal.too-few-samples", "the run has no samples")])
    }

    func testPositionReversalReportsCountAndLargest() throws {
        let run = F.run(depth: SignalEventDetectorTests.depthBackingOff0_4mmBeforeTransition())
        let issues = SignalValidator.issues(for: run, events: [])
        XCTAssertEqual(codes(issues), ["signal.position-reversal"])
        XCTAssertEqual(try issues.element(0).severity, .warning)
        // Backs off 0.4 mm over samples 880...889; regains the depth 0.4 / 0.012 → 34 samples later, at 923.
        XCTAssertEqual(try issues.element(0).message, "position runs backwards once by more than 0.05 mm; largest 0.40 mm from sample 880 to 922")
    }

    func testJitterAndStepChangeBackOffsAreNotReversals() throws {
        var depth = F.depth()
        depth[300] -= 0.03  // encoder jitter
        for i in F.transition..<F.count { depth[i] -= 0.25 }  // back-off as step 2 starts
        XCTAssertEqual(SignalValidator.issues(for: F.run(depth: depth), events: []), [])

        var away = F.depth()
        for i in 1000..<F.count { away[i] -= 0.25 }  // the same back-off with no step change there
        XCTAssertEqual(codes(SignalValidator.issues(for: F.run(depth: away), events: [])), ["signal.position-reversal"])
    }

    func testSampleGapFromLostSamples() throws {
        var depth = F.depth()
        for i in 1000..<F.count { depth[i] += 20 * F.feedMM }  // 20 samples' worth of travel missing
        let issues = SignalValidator.issues(for: F.run(depth: depth), events: [])
        XCTAssertEqual(codes(issues), ["signal.sample-gap"])
        XCTAssertEqual(try issues.element(0).message,
                       "position jumps 0.25 mm between samples 999 and 1000, 21× the local 0.012 mm per sample (about 20 samples missing, 0.20 s at 100 Hz)")
    }

    func testEventsOutOfOrderAndOutside() throws {
        let events = [
            SignalEventPosition(type: .entry, sample: 900, positionMM: 11.3),
            SignalEventPosition(type: .transition, sample: 400, positionMM: 5.3),
            SignalEventPosition(type: .exit, sample: 2000, positionMM: 24.5),
            SignalEventPosition(type: .exit, sample: -1, positionMM: 0),
        ]
        let issues = SignalValidator.issues(for: F.run(), events: events)
        XCTAssertEqual(codes(issues), ["signal.event-outside", "signal.event-outside", "signal.events-out-of-order",
                                       "signal.events-out-of-order", "signal.events-out-of-order"])
        XCTAssertTrue(issues.allSatisfy { $0.severity == .error })
        XCTAssertEqual(try issues.element(0).message, "exit at sample 2000 is outside the signal (samples 0..<2000)")
        XCTAssertEqual(try issues.element(2).message, "entry (sample 900, 11.30 mm) is not before transition (sample 400, 5.30 mm)")
        XCTAssertEqual(try issues.element(3).message, "entry (sample 900, 11.30 mm) is not before exit (sample -1, 0.00 mm)")
    }
}
