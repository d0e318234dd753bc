import Foundation
import WinnowTestSupport
import XCTest

@testable import WinnowCore

final class SignalEventDetectorTests: XCTestCase {
    private typealias F = SignalRunFixture
    private let truth: [SignalEventType: Int] = [.entry: F.entry, .transition: F.transition, .exit: F.exit]

    private func assertNearTruth(_ estimates: [SignalEventEstimate], within slack: Int, entrySlack: Int? = nil,
                                 file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(estimates.map(\.type), [.entry, .transition, .exit], file: file, line: line)
        for e in estimates {
            let expected = truth[e.type]!
            let allowed = e.type == .entry ? entrySlack ?? slack : slack
            XCTAssertLessThanOrEqual(abs(e.sample - expected), allowed, "\(e.type) at \(e.sample), truth \(expected)", file: file, line: line)
        }
    }

    private func assertOrdered(_ estimates: [SignalEventEstimate], file: StaticString = #filePath, line: UInt = #line) {
        for (a, b) in zip(estimates, estimates.dropFirst()) {
            XCTAssertLessThan(a.type, b.type, file: file, line: line)
            XCTAssertLessThan(a.sample, b.sample, "\(a.type) \(a.sample) vs \(b.type) \(b.sample)", file: file, line: line)
        }
        for e in estimates { XCTAssertTrue((0...1).contains(e.confidence), "\(e.confidence)", file: file, line: line) }
    }

    func testCleanRunAgreesWithItsStepsWithHighConfidence() throws {
        let run = F.run()
        let estimates = SignalEventDetector.detect(run)
        assertNearTruth(estimates, within: 2)
        for e in estimates {
            XCTAssertGreaterThan(e.confidence, 0.9, "\(e.type): \(e.evidence)")
            XCTAssertEqual(e.positionMM, F.startMM + F.feedMM * Double(e.sample), accuracy: 1e-9)
        }
        XCTAssertEqual(try estimates.element(0).evidence, "torque-gradient peak at 5.30 mm (rise +5.0 A), 237 noise deviations; program step 0→1 at 5.30 mm agrees (0.00 mm away)")
        XCTAssertTrue(try estimates.element(1).evidence.hasSuffix("program step 1→2 at 11.30 mm agrees (0.00 mm away)"), estimates.shown(1))
        XCTAssertTrue(try estimates.element(2).evidence.contains("(drop -27.0 A)"), estimates.shown(2))
    }

    /// Noise of 3 A (12 % of the torque range, 60 % of the 5 A entry step): the small entry step
    /// wanders most (within 0.24 mm here), the large titanium and exit changes stay within 5 samples.
    func testNoisyRunStaysCloseButIsDoubtful() {
        for seed: UInt64 in 1...5 {
            let estimates = SignalEventDetector.detect(F.run(torqueNoise: 3, seed: seed))
            assertNearTruth(estimates, within: 5, entrySlack: 20)
            for e in estimates {
                XCTAssertLessThan(e.confidence, 0.7, "seed \(seed) \(e.type): \(e.evidence)")
                XCTAssertTrue(e.evidence.contains("noisy torque (noise"), e.evidence)
            }
        }
    }

    /// A clear torque alone is good evidence: its clarity × 0.95 for the missing program placement,
    /// not a cap that puts every such run on one value.
    func testRunWithoutStepChannelHasTorqueEvidenceOnly() {
        let estimates = SignalEventDetector.detect(F.run(steps: .absent))
        assertNearTruth(estimates, within: 2)
        for e in estimates {
            XCTAssertEqual(e.confidence, 0.95 * EventConfidence.clarity(signalToNoise: SignalEventDetector.placements(F.run(steps: .absent))
                .first { $0.type == e.type }!.signalToNoise!), accuracy: 0.002, "and the run's noise: \(e.evidence)")
            XCTAssertTrue(e.evidence.hasSuffix("; no Step channel"), e.evidence)
        }
    }

    func testOneStepRunHasTorqueEvidenceOnly() throws {
        let constant = F.run(steps: .values(Array(repeating: 4, count: F.count)))
        let estimates = SignalEventDetector.detect(constant)
        assertNearTruth(estimates, within: 2)
        XCTAssertTrue(estimates.allSatisfy { (0.9...0.95).contains($0.confidence) }, "clear torque, no program placement")
        XCTAssertEqual(try estimates.element(1).evidence, "torque-gradient peak at 11.30 mm (rise +20.0 A), 947 noise deviations; no step change in the run")

        var withProgram = constant
        withProgram.metadata = F.program([(3, false), (4, true)])
        XCTAssertTrue(try SignalEventDetector.detect(withProgram).element(0).evidence.hasSuffix("; one-step program, no step change"))
    }

    func testReversedPositionAroundTransitionLowersOnlyThatEvent() throws {
        let estimates = SignalEventDetector.detect(F.run(depth: Self.depthBackingOff0_4mmBeforeTransition()))
        assertNearTruth(estimates, within: 2)
        XCTAssertLessThan(estimates[1].confidence, 0.7, estimates[1].evidence)
        XCTAssertTrue(try estimates.element(1).evidence.hasSuffix("; position runs back 0.40 mm nearby"), estimates.shown(1))
        XCTAssertGreaterThan(try estimates.element(0).confidence, 0.9)
        XCTAssertGreaterThan(try estimates.element(2).confidence, 0.9)
    }

    /// Backs off 0.4 mm over the 10 samples from 20 before the transition, then cuts on.
    static func depthBackingOff0_4mmBeforeTransition() -> [Double] {
        var depth = [F.startMM]
        for i in 1..<F.count { depth.append(depth[i - 1] + ((F.transition - 20)..<(F.transition - 10) ~= i ? -0.04 : F.feedMM)) }
        return depth
    }

    /// Shaped like the first SampleDatasets/drilling runs: the entry ramp (120 samples) is longer than
    /// two level windows, so a level window after the entry the torque is still rising. That tail of the
    /// entry was taken for the transition (1.4 mm past the entry, far from any step change), leaving
    /// every sample run in the low tier. The transition is the rise into titanium.
    func testTailOfALongEntryRampIsNotTakenForTheTransition() {
        for seed: UInt64 in 1...8 {
            let (run, titaniumRamp) = Self.sampleShapedRun(seed: seed)
            let estimates = SignalEventDetector.detect(run)
            XCTAssertEqual(estimates.map(\.type), [.entry, .transition, .exit], "seed \(seed)")
            guard let transition = estimates.first(where: { $0.type == .transition }) else { continue }
            XCTAssertTrue(titaniumRamp.contains(transition.sample), "seed \(seed): \(transition.sample), \(transition.evidence)")
            XCTAssertTrue(transition.evidence.contains("program step 1→2 at 10.33 mm"), "seed \(seed): \(transition.evidence)")
            XCTAssertGreaterThan(transition.confidence, 0.7, "seed \(seed): \(transition.evidence)")
        }
    }

    /// A simulated run as the sample generator first made them: 100 Hz; approach in air at 3 mm/s to
    /// 0.3 mm above the coupon, CFRP step at 1 mm/s to 0.2 mm past the titanium, titanium step at
    /// 0.45 mm/s to 1.4 mm past the exit. Torque grows linearly with the share of a 1.2 mm drill point
    /// in each material (CFRP 2.6 A, titanium 7.4 A, noise 0.12 A, 0.0488 A resolution); I Torque Empty
    /// is the running step's (5.811, 5.664, then 3.271 A: total torque falls 2.4 A as the titanium step
    /// starts). Coupon: entry 4.0 mm, CFRP 5.5 mm, titanium 4.0 mm; Position = -(0.62 + depth).
    /// Returns the run and the samples of its titanium ramp.
    static func sampleShapedRun(seed: UInt64) -> (SignalRun, ClosedRange<Int>) {
        let entry = 4.0, transition = 9.5, exit = 13.5, point = 1.2
        let steps: [(end: Double, feed: Double, empty: Double)] = [(3.7, 3.0, 5.811), (9.7, 1.0, 5.664), (14.9, 0.45, 3.271)]
        func share(_ depth: Double, _ top: Double, _ bottom: Double) -> Double {
            max(0, min(depth, bottom) - max(depth - point, top)) / point
        }
        var noise = F.Noise(seed: seed)
        var position: [Double] = [], torque: [Double] = [], empty: [Double] = [], step: [Double] = []
        var depth = 0.0
        for (index, s) in steps.enumerated() {
            while depth < s.end {
                let load = 2.6 * share(depth, entry, transition) + 7.4 * share(depth, transition, exit) + 0.12 * noise.gaussian()
                position.append(-(0.62 + depth))
                torque.append((load / 0.048828).rounded() * 0.048828)
                empty.append(s.empty)
                step.append(Double(index))
                depth += s.feed / 100
            }
        }
        for _ in 0..<30 {
            position.append(position.last!); torque.append(torque.last!); empty.append(empty.last!); step.append(step.last!)
        }
        let rampStart = position.firstIndex { -$0 - 0.62 >= transition }!
        let rampEnd = position.firstIndex { -$0 - 0.62 >= transition + point }!
        let run = SignalRun(channels: [
            SignalChannel(name: "Position", unit: "mm", values: position),
            SignalChannel(name: "I Torque", unit: "A", values: torque),
            SignalChannel(name: "I Torque Empty", unit: "A", values: empty),
            SignalChannel(name: "Step", unit: "nb", values: step),
        ], sampleRate: 100, firmwareVersion: 9, metadata: JSONObject())
        return (run, rampStart...rampEnd)
    }

    func testStepChangeAtTheControllersBackOffIsNotADoubt() throws {
        var depth = F.depth()
        for i in F.transition..<F.count { depth[i] -= 0.25 }  // backs off 0.25 mm as step 2 starts
        let estimates = SignalEventDetector.detect(F.run(depth: depth))
        XCTAssertGreaterThan(estimates[1].confidence, 0.9, estimates[1].evidence)
    }

    /// Programs switch steps ahead of (or behind) the material by design: with a clear torque, 3 mm of
    /// disagreement costs 7 % (0.9 + 0.1 / 3.5), not the event's place in the high tier's neighbourhood.
    func testStepChangesFarFromTorquePeaksCostLittleWhenTheTorqueIsClear() throws {
        let shifted = F.steps(at: [F.entry - 250, F.transition + 250, F.exit + 250])  // 3 mm off each
        let run = F.run(steps: .values(shifted))
        let estimates = SignalEventDetector.detect(run)
        assertNearTruth(estimates, within: 2)
        for (e, p) in zip(estimates, SignalEventDetector.placements(run)) {
            XCTAssertEqual(e.confidence, EventConfidence.clarity(signalToNoise: p.signalToNoise!) * (0.9 + 0.1 / 3.5), accuracy: 0.002,
                           "and the run's noise: \(e.evidence)")
        }
        XCTAssertEqual(try estimates.element(0).evidence, "torque-gradient peak at 5.30 mm (rise +5.0 A), 237 noise deviations; program step 0→1 at 2.30 mm disagrees (3.00 mm away)")
    }

    func testAgreementFallsFromOneWithin0_5mmTowards0_9() throws {
        XCTAssertEqual(EventConfidence.agreement(distanceMM: 0.3), 1)
        XCTAssertEqual(EventConfidence.agreement(distanceMM: 1.5), 0.95, accuracy: 1e-12)
        XCTAssertEqual(EventConfidence.agreement(distanceMM: 3), 0.9 + 0.1 / 3.5, accuracy: 1e-12)
        XCTAssertEqual(EventConfidence.agreement(distanceMM: nil), 0.95)
        let near = F.steps(at: [F.entry + 83, F.transition, F.exit])  // entry's step change ~1 mm later
        let entry = try SignalEventDetector.detect(F.run(steps: .values(near))).element(0)
        XCTAssertLessThanOrEqual(abs(entry.sample - F.entry), 2)
        XCTAssertTrue(entry.evidence.hasSuffix("program step 0→1 at 6.30 mm disagrees (1.00 mm away)"), entry.evidence)
    }

    func testFlatTorqueFallsBackOnStepChangesWithLowConfidence() throws {
        var run = F.run()
        run.channels[1].values = Array(repeating: 2, count: F.count)
        let estimates = SignalEventDetector.detect(run)
        XCTAssertEqual(estimates.map(\.sample), [F.entry, F.transition, F.exit])
        XCTAssertEqual(estimates.map(\.confidence), [0.35, 0.35, 0.35], "the program's placement alone, said so")
        XCTAssertEqual(try estimates.element(2).evidence, "step 2→3 at 18.50 mm only; torque shows no clear drop")
    }

    func testExitCloseToTheEndOfTheRunIsFound() throws {
        let estimates = SignalEventDetector.detect(F.run(count: 1525))  // 25 samples after the exit
        assertNearTruth(estimates, within: 2)
        XCTAssertGreaterThan(estimates[2].confidence, 0.9, estimates[2].evidence)
    }

    func testStepChannelChangingEverySampleIsNotEvidence() {
        let flicker = F.run(steps: .values((0..<F.count).map { Double($0 % 2) }))
        let estimates = SignalEventDetector.detect(flicker)
        assertNearTruth(estimates, within: 2)
        XCTAssertTrue(estimates.allSatisfy { $0.confidence <= 0.95 && $0.evidence.hasSuffix("; Step changes 1999 times, not used") },
                      estimates.map(\.evidence).joined(separator: "\n"))
        XCTAssertTrue(SignalEventDetector.placements(flicker).allSatisfy { $0.program == nil }, "no program placement from a flickering channel")
    }

    func testNonFiniteTorqueIsBridged() throws {
        var run = F.run()
        for i in stride(from: 0, to: F.count, by: 97) { run.channels[1].values[i] = i % 2 == 0 ? .nan : .infinity }
        let estimates = SignalEventDetector.detect(run)
        assertNearTruth(estimates, within: 2)
        XCTAssertTrue(estimates.allSatisfy { $0.confidence > 0.9 })
    }

    func testProgramStepThatNeverRanLowersConfidence() {
        let missing = F.run(metadata: F.program([(0, true), (1, true), (2, true), (3, true), (4, true)]))
        for e in SignalEventDetector.detect(missing) {
            XCTAssertEqual(e.confidence, 0.8 * SignalEventDetector.detect(F.run()).first { $0.type == e.type }!.confidence, accuracy: 1e-9)
            XCTAssertTrue(e.evidence.hasSuffix("; program step 4 switched on but never ran"), e.evidence)
        }
        let switchedOff = F.run(metadata: F.program([(0, true), (1, true), (2, true), (3, true), (4, false)]))
        XCTAssertTrue(SignalEventDetector.detect(switchedOff).allSatisfy { $0.confidence > 0.9 })
    }

    func testProgramTableAsRowsOfStrings() throws {
        let table: JSONValue = [["Step Nb", "Step On/Off", "DEP (mm)"], ["0,000", "0,000", "0,000"], ["1,000", "1,000", "10,000"]]
        let program = try XCTUnwrap(ProgramSteps(metadata: JSONObject([("Program", table)])))
        XCTAssertEqual(program.switchedOn, [1])
        XCTAssertEqual(program.switchedOff, [0])
        XCTAssertNil(ProgramSteps(metadata: JSONObject()))
    }

    func testEmptyAndTinyRunsGiveNoEvents() {
        XCTAssertEqual(SignalEventDetector.detect(SignalRun(channels: [], sampleRate: nil, firmwareVersion: nil, metadata: JSONObject())), [])
        XCTAssertEqual(SignalEventDetector.detect(F.run(count: 0, events: (0, 0, 0))), [])
        XCTAssertEqual(SignalEventDetector.detect(F.run(count: 20, events: (5, 10, 15))), [])
    }

    func testOrderIsRepairedByDroppingTheWeakerAndDoubtingTheSurvivor() throws {
        let e = { (type: SignalEventType, sample: Int, confidence: Double) in
            SignalEventEstimate(type: type, sample: sample, positionMM: Double(sample), confidence: confidence, evidence: "x")
        }
        let repaired = EventOrder.repaired([e(.exit, 300, 0.6), e(.entry, 100, 0.9), e(.transition, 400, 0.3)])
        XCTAssertEqual(repaired.map(\.type), [.entry, .exit])
        XCTAssertEqual(try repaired.element(1).confidence, 0.3, accuracy: 1e-12)
        XCTAssertEqual(try repaired.element(1).evidence, "x; dropped a conflicting transition estimate at sample 400")
        XCTAssertEqual(try repaired.element(0), e(.entry, 100, 0.9))
    }

    func testOrderHoldsAndConfidencesStayInRangeForEveryFixture() {
        var runs = [F.run(), F.run(steps: .absent), F.run(steps: .values(Array(repeating: 1, count: F.count)))]
        runs += (1...10).map { F.run(torqueNoise: Double($0), seed: UInt64($0)) }
        runs += [F.run(events: (100, 150, 1900)), F.run(events: (50, 1000, 1100)), F.run(steps: .values(F.steps(at: [1700, 1800, 1900])))]
        for run in runs { assertOrdered(SignalEventDetector.detect(run)) }
    }

    func testDetectionIsDeterministic() {
        let run = F.run(torqueNoise: 3, seed: 11)
        XCTAssertEqual(SignalEventDetector.detect(run), SignalEventDetector.detect(run))
    }

    func testLongRunScales() {
        let n = 200_000
        let estimates = SignalEventDetector.detect(F.run(count: n, events: (40_000, 90_000, 150_000)))
        XCTAssertEqual(estimates.map(\.sample), [40_000, 90_000, 150_000])
        XCTAssertTrue(estimates.allSatisfy { $0.confidence > 0.9 })
    }

    func testLabelsAreAutoEventLabels() throws {
        let labels = SignalEventDetector.labels(for: F.run())
        XCTAssertEqual(labels.map(\.id), ["entry", "transition", "exit"])
        XCTAssertEqual(labels.map(\.category), ["entry", "transition", "exit"])
        XCTAssertTrue(labels.allSatisfy { $0.source == "auto" && !$0.verified && $0.bbox == nil && $0.confidence > 0.9 })
        XCTAssertEqual(try labels.element(1).event?.type, .transition)
        XCTAssertEqual(try labels.element(1).event?.sample, F.transition)
        XCTAssertEqual(try labels.element(1).event?.positionMM ?? 0, 11.3, accuracy: 1e-9)
    }
}
