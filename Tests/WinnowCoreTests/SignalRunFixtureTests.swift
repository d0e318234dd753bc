import Foundation
import WinnowTestSupport
import XCTest

@testable import WinnowCore

/// Synthetic drill runs with known events, shaped like the real Setitec runs: idle torque, a rise
/// into CFRP, a larger rise into titanium, a drop to a lower idle after the exit; the depth advances
/// steadily and the program step changes at each event (steps 0, 1, 2, 3).
enum SignalRunFixture {
    static let count = 2000
    static let entry = 400
    static let transition = 900
    static let exit = 1500
    static let idle = 5.0, cfrp = 10.0, titanium = 30.0, afterExit = 3.0
    static let startMM = 0.5
    static let feedMM = 0.012
    static let emptyTorque = 0.4

    enum StepChannel {
        /// Steps 0, 1, 2, 3 changing at entry, transition and exit.
        case changesAtEvents
        case values([Double])
        case absent
    }

    /// Torque changes are logistic with this scale (samples), so the steepest point is the event.
    static let rampScale = 3.0

    static func run(count: Int = count, events: (Int, Int, Int) = (entry, transition, exit),
                    torqueNoise: Double = 0, seed: UInt64 = 1, depth: [Double]? = nil,
                    steps: StepChannel = .changesAtEvents, metadata: JSONObject = JSONObject()) -> SignalRun {
        let torque = self.torque(count: count, events: events, noise: torqueNoise, seed: seed)
        let depth = depth ?? self.depth(count: count)
        var channels = [
            SignalChannel(name: "Position", unit: "mm", values: depth.map { -$0 }),
            SignalChannel(name: "I Torque", unit: "A", values: torque.map { $0 - emptyTorque }),
            SignalChannel(name: "I Thrust", unit: "A", values: torque.map { $0 / 10 }),
            SignalChannel(name: "I Torque Empty", unit: "A", values: Array(repeating: emptyTorque, count: count)),
        ]
        switch steps {
        case .changesAtEvents:
            channels.append(SignalChannel(name: "Step", unit: "nb", values: self.steps(count: count, at: [events.0, events.1, events.2])))
        case .values(let given): channels.append(SignalChannel(name: "Step", unit: "nb", values: given))
        case .absent: break
        }
        return SignalRun(channels: channels, sampleRate: 100, firmwareVersion: 8, metadata: metadata)
    }

    static func torque(count: Int = count, events: (Int, Int, Int) = (entry, transition, exit),
                       noise: Double = 0, seed: UInt64 = 1) -> [Double] {
        var random = Noise(seed: seed)
        return (0..<count).map { i in
            let x = Double(i)
            return idle + (cfrp - idle) * logistic(x - Double(events.0)) + (titanium - cfrp) * logistic(x - Double(events.1))
                + (afterExit - titanium) * logistic(x - Double(events.2)) + noise * random.gaussian()
        }
    }

    static func depth(count: Int = count) -> [Double] { (0..<count).map { startMM + feedMM * Double($0) } }

    /// Step 0 before the first change, then 1, 2, ... from each change on.
    static func steps(count: Int = count, at changes: [Int]) -> [Double] {
        (0..<count).map { i in Double(changes.filter { i >= $0 }.count) }
    }

    static func program(_ rows: [(step: Int, on: Bool)]) -> JSONObject {
        JSONObject([("Program", .array(rows.map { row in
            .object(JSONObject([("Step Nb", JSONValue(Double(row.step))), ("Step On/Off", JSONValue(row.on ? 1.0 : 0.0)),
                                ("Stroke (mm)", 10.0)]))
        }))])
    }

    private static func logistic(_ x: Double) -> Double { 1 / (1 + exp(-x / rampScale)) }

    /// Deterministic Gaussian noise (SplitMix64 and Box-Muller), so noisy runs are the same every time.
    struct Noise {
        private var state: UInt64

        init(seed: UInt64) { state = seed }

        mutating func gaussian() -> Double {
            let u1 = max(uniform(), 1e-12), u2 = uniform()
            return (-2 * log(u1)).squareRoot() * cos(2 * .pi * u2)
        }

        private mutating func uniform() -> Double {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            z ^= z >> 31
            return Double(z >> 11) / Double(1 << 53)
        }
    }
}

final class SignalRunFixtureTests: XCTestCase {
    func testCleanRunIsShapedAroundItsEvents() throws {
        let run = SignalRunFixture.run()
        let torque = try XCTUnwrap(run.totalTorque)
        XCTAssertEqual(run.sampleCount, 2000)
        XCTAssertEqual(try torque.element(0), 5.0, accuracy: 1e-9)
        XCTAssertEqual(torque[SignalRunFixture.entry], 7.5, accuracy: 1e-9, "halfway from idle to CFRP")
        XCTAssertEqual(torque[SignalRunFixture.transition], 20.0, accuracy: 1e-9, "halfway from CFRP to titanium")
        XCTAssertEqual(torque[SignalRunFixture.exit], 16.5, accuracy: 1e-9, "halfway from titanium to the lower idle")
        XCTAssertEqual(try torque.element(1999), 3.0, accuracy: 1e-9)
        let step = try XCTUnwrap(run.step)
        XCTAssertEqual(try [step.element(399), step.element(400), step.element(899), step.element(900), step.element(1499), step.element(1500)], [0, 1, 1, 2, 2, 3])
        XCTAssertEqual(try XCTUnwrap(run.depth).element(1000), 12.5, accuracy: 1e-9)
    }

    func testNoiseIsRepeatableAndNearUnitVariance() {
        var a = SignalRunFixture.Noise(seed: 7), b = SignalRunFixture.Noise(seed: 7)
        let xs = (0..<20000).map { _ in a.gaussian() }
        XCTAssertEqual(xs.prefix(5), ArraySlice((0..<5).map { _ in b.gaussian() }))
        let mean = xs.reduce(0, +) / Double(xs.count)
        let variance = xs.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(xs.count)
        XCTAssertEqual(mean, 0, accuracy: 0.03)
        XCTAssertEqual(variance, 1, accuracy: 0.05)
    }
}
