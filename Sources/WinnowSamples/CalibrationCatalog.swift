import Foundation

/// Simulated drill runs with known events and the real files' quirks, for checking that the
/// auto-labels' confidence means what it says (`winnow-bench --calibration N`): program steps that
/// switch ahead of or behind the material change, coolant (MQL) noise, torque spikes, dropped
/// samples, a switched-off CFRP step, one-step programs, runs that stop before the exit and
/// positions that jump back. The same seed gives the same runs.
public enum CalibrationCatalog {
    public struct Run: Sendable {
        public let fileName: String
        public let bytes: Data
        /// Where each event truly is (|Position|, mm); an event the run never reaches is absent.
        public let truthMM: [String: Double]
        public let quirks: [String]
    }

    /// Runs in groups of 10 (the file-name stem before the run number), as a drilling programme
    /// drills one kind of coupon: each group's stack is drawn once, each run's varies by up to 2 %.
    public static func runs(count: Int, seed: UInt64) -> [Run] {
        var random = SeededRandom(seed: seed)
        var nominal = CouponStack(entry: 4, cfrp: 5, titanium: 3)
        return (0..<count).map { index in
            if index % 10 == 0 { nominal = CouponStack(entry: uniform(2, 6, &random), cfrp: uniform(3, 8, &random), titanium: uniform(2, 5, &random)) }
            return run(index, nominal: nominal, random: &random)
        }
    }

    private static func run(_ index: Int, nominal: CouponStack, random: inout SeededRandom) -> Run {
        let stack = CouponStack(entry: nominal.entry * uniform(0.98, 1.02, &random), cfrp: nominal.cfrp * uniform(0.98, 1.02, &random),
                                titanium: nominal.titanium * uniform(0.98, 1.02, &random))
        var quirks: [String] = []
        var leads = DrillingCatalog.StepLeads()
        if random.unit() < 0.7 {
            leads = DrillingCatalog.StepLeads(entry: uniform(-1, 2.5, &random), transition: uniform(-1, 2.5, &random), exit: uniform(-1, 1.2, &random))
            quirks.append(String(format: "steps lead by %.1f/%.1f/%.1f mm", leads.entry, leads.transition, leads.exit))
        }
        var steps = DrillingCatalog.fourSteps(stack, leads: leads)
        if steps.contains(where: { $0.isOn && $0.stroke < 0.2 }) {
            steps = DrillingCatalog.fourSteps(stack)
            quirks = ["steps lead by 0.3 mm"]
        }
        let program = random.unit()
        if program < 0.1 {
            steps = DrillingCatalog.missingCFRPStep(stack)
            quirks.append("CFRP step switched off")
        } else if program < 0.2 {
            steps = [DrillStep(purpose: "whole stack", isOn: true, stroke: stack.exit + 1.4, rpm: 2000, feed: 0.8, torqueEmpty: 5.078, thrustEmpty: 0.270)]
            quirks.append("one-step program")
        }
        var spec = DrillRunSpec(fileName: String(format: "CAL_RUN_ST_9%03d_%d.xls", index / 10, index % 10 + 1), firmware: .v9,
                                date: "2025-03-01:10:00:00", stack: stack, steps: steps, globalCounter: 9000 + index / 10,
                                localCounter: index % 10 + 1, seed: random.next(), purpose: "calibration")
        spec.torqueNoise = uniform(0.05, 0.5, &random)
        quirks.append(String(format: "torque noise %.2f A", spec.torqueNoise))
        if random.unit() < 0.3 {
            spec.spikes = (0..<random.int(in: 1...4)).map { _ in uniform(3, 8, &random) }
            quirks.append("\(spec.spikes.count) torque spikes")
        }
        if random.unit() < 0.2 {
            spec.dropouts = random.int(in: 1...3)
            quirks.append("\(spec.dropouts) dropped stretches")
        }
        if random.unit() < 0.1 {
            spec.stopBeforeExit = uniform(0.5, 2, &random)
            quirks.append("stops before the exit")
        }
        if random.unit() < 0.1 {
            spec.glitch = PositionGlitch(atDepth: uniform(1, stack.exit, &random), back: uniform(0.1, 0.5, &random), samples: 24)
            quirks.append("position jumps back")
        }
        let samples = DrillRunSimulator(spec: spec).samples()
        let truth = DrillRunSimulator.truth(of: samples, in: stack)
        return Run(fileName: spec.fileName, bytes: SetitecSampleWriter(spec: spec, samples: samples).bytes(),
                   truthMM: Dictionary(uniqueKeysWithValues: truth.map { ($0.event, $0.positionMM) }), quirks: quirks)
    }

    private static func uniform(_ low: Double, _ high: Double, _ random: inout SeededRandom) -> Double {
        low + (high - low) * random.unit()
    }
}
