/// Drills a coupon in simulation: feeds through the program's active steps at 100 Hz and records
/// what a Setitec controller would. Torque and thrust follow how much of the cutting lips is in each
/// material, so they rise at entry, step up at the CFRP -> titanium transition and fall at exit.
///
/// The recorded depth is that of the lips' outer corners, where most of the torque is made (the
/// largest lever arm): each change runs along a smooth S-curve `rampWidth` wide, centred on its
/// material boundary and steepest there. The boundaries are the events' truth (`truth(of:in:)`).
struct DrillRunSimulator {
    static let sampleRate = 100.0
    /// Depth (mm) over which torque and thrust change from one material to the next.
    static let rampWidth = 0.25
    /// The first recorded position is a little below zero, as on the real controllers.
    static let startOffset = 0.62
    /// Samples recorded at the bottom after the last step ends.
    static let dwellSamples = 30
    /// Cutting currents with the whole point in the material (A).
    static let cfrpTorque = 2.6
    static let titaniumTorque = 7.4
    static let cfrpThrust = 0.9
    static let titaniumThrust = 2.4
    /// Current resolution of the controller's converters (A).
    static let torqueResolution = 0.048828
    static let thrustResolution = 0.011719

    let spec: DrillRunSpec

    func samples() -> [DrillSample] {
        var random = SeededRandom(seed: spec.seed)
        var samples: [DrillSample] = []
        var depth = 0.0
        var stepEnd = 0.0
        for (index, step) in spec.steps.enumerated() where step.isOn {
            stepEnd += step.stroke
            while depth < stepEnd {
                samples.append(sample(depth: depth, step: step, index: index, random: &random))
                depth += step.feed / Self.sampleRate
            }
        }
        if let stop = spec.stopBeforeExit { samples.removeAll { $0.depth >= spec.stack.exit - stop } }
        appendDwell(to: &samples, random: &random)
        if let glitch = spec.glitch { apply(glitch, to: &samples) }
        for spike in spec.spikes where !samples.isEmpty {
            samples[random.int(in: 0...(samples.count - 1))].torque += spike
        }
        for _ in 0..<spec.dropouts where samples.count > 100 {
            let length = random.int(in: 10...40), start = random.int(in: 0...(samples.count - length - 1))
            samples.removeSubrange(start..<(start + length))
        }
        return samples
    }

    /// Where each event truly is: the first sample at or past its material boundary (entry, CFRP ->
    /// titanium transition, exit), with that boundary's depth as recorded (|Position|, mm).
    static func truth(of samples: [DrillSample], in stack: CouponStack) -> [(event: String, sample: Int, positionMM: Double)] {
        [("entry", stack.entry), ("transition", stack.transition), ("exit", stack.exit)].compactMap { event, boundary in
            samples.firstIndex { $0.depth >= boundary }.map { (event, $0, startOffset + boundary) }
        }
    }

    private func sample(depth: Double, step: DrillStep, index: Int, random: inout SeededRandom) -> DrillSample {
        let stack = spec.stack
        let inCFRP = Self.past(depth, stack.entry) - Self.past(depth, stack.transition)
        let inTitanium = Self.past(depth, stack.transition) - Self.past(depth, stack.exit)
        let torque = Self.cfrpTorque * inCFRP + Self.titaniumTorque * inTitanium + spec.torqueNoise * random.gaussian()
        let thrust = Self.cfrpThrust * inCFRP + Self.titaniumThrust * inTitanium + 0.04 * random.gaussian()
        let quantizedTorque = (torque / Self.torqueResolution).rounded() * Self.torqueResolution
        return DrillSample(
            depth: depth, position: -(Self.startOffset + depth + spec.positionNoise * random.gaussian()),
            torque: quantizedTorque,
            thrust: (thrust / Self.thrustResolution).rounded() * Self.thrustResolution,
            torqueEmpty: step.torqueEmpty, thrustEmpty: step.thrustEmpty, step: index, stopCode: 0,
            rpm: step.rpm + 4 * random.gaussian(), feed: step.feed + 0.01 * random.gaussian(),
            power: ((quantizedTorque + step.torqueEmpty) * step.rpm * 0.0045).rounded())
    }

    /// How far the lips are past `boundary`: 0 well above it, 1 well below, a smoothstep over
    /// `rampWidth` centred on it (arithmetic only, so the bytes are the same on every machine).
    static func past(_ depth: Double, _ boundary: Double) -> Double {
        let t = min(1, max(0, (depth - boundary) / rampWidth + 0.5))
        return t * t * (3 - 2 * t)
    }

    /// The drill stays at the bottom for a moment; the last samples carry stop code 8 (cycle end).
    private func appendDwell(to samples: inout [DrillSample], random: inout SeededRandom) {
        guard let last = samples.last else { return }
        for index in 0..<Self.dwellSamples {
            var sample = last
            sample.position = last.position + spec.positionNoise * random.gaussian()
            sample.stopCode = index >= Self.dwellSamples - 5 ? 8 : 0
            samples.append(sample)
        }
    }

    /// The recorded position goes back by up to `glitch.back` mm and returns (a triangle).
    private func apply(_ glitch: PositionGlitch, to samples: inout [DrillSample]) {
        guard let start = samples.firstIndex(where: { -$0.position - Self.startOffset >= glitch.atDepth }) else { return }
        let half = Double(glitch.samples) / 2
        for offset in 0..<glitch.samples where start + offset < samples.count {
            let weight = 1 - abs(Double(offset) - half) / half
            samples[start + offset].position += glitch.back * weight
        }
    }
}
