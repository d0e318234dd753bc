/// The Program table and what the run reports about itself: Results, Step Results, External Infos.
extension SetitecSampleWriter {
    func writeProgram(_ out: inout SetitecTextBuilder) {
        out.section("Program", width: 22)
        let (stroke, feed, feedPerTurn) = firmware == .v4 ? ("DEP (mm)", "AV (mm/s)", "AV (mm/tr)") : ("Stroke (mm)", "Feed (mm/s)", "Feed (mm/tr)")
        // The converter ran two names together here; rows still have 22 values.
        let limits = firmware == .v8Converted ? ["Stroke Limit (A)Thrust Limit (A)"] : ["Stroke Limit (A)", "Thrust Limit (A)"]
        out.row(["Step Nb", "Step On/Off", stroke, "RPM", feed, feedPerTurn, "Thrust Max (A)", "Torque Max (A)", "Thrust Min (A)",
                 "Torque Min (A)", "Thrust Safety (A)", "Torque Safety (A)", "Gap (mm)", "Peck (nb)", "Delay (ms)"]
                + limits + ["Torque Limit (A)", "LUB AIR", "LUB FLOW", "Vacuum", "Material"])
        for (index, step) in spec.steps.enumerated() { out.row(programCells(index, step)) }
        out.blank(width: 10)
    }

    /// A switched-off step has zero feed and speed, so its feed per turn is `Inf`.
    private func programCells(_ index: Int, _ step: DrillStep) -> [String] {
        let number = { (value: Double) in SetitecTextBuilder.number(value, decimals: 3) }
        let perTurn = step.rpm > 0 ? number(step.feed * 60 / step.rpm) : "Inf"
        let lubrication = step.isOn ? [4.0, 2.0, 1.0] : [0.0, 0.0, 0.0]
        return [number(Double(index)), number(step.isOn ? 1 : 0), number(step.stroke), number(step.rpm), number(step.feed), perTurn]
            + Array(repeating: number(0), count: 12) + lubrication.map(number) + [number(0)]
    }

    func writeExternalInfos(_ out: inout SetitecTextBuilder) {
        out.section("External Infos", width: 10)
        out.row((0..<10).map { "0\($0)" })
        out.row(["MSN-SAMPLE               ", "UseCaseDrilling          ", "COUPON.Step.01           ", "sample-\(cycleID)"], width: 10)
        out.blank(width: 10)
    }

    func writeResults(_ out: inout SetitecTextBuilder) {
        out.section("Results", width: 10)
        let time = Double(samples.count) / DrillRunSimulator.sampleRate
        let distance = abs((samples.last?.position ?? 0) - (samples.first?.position ?? 0))
        switch firmware {
        case .v4:
            out.row(["Cycle Time (s)", "Distance (mm)"], width: 11)
            out.row([SetitecTextBuilder.number(time, decimals: 6), SetitecTextBuilder.number(distance, decimals: 6)], width: 11)
        case .v8Converted, .v9:
            out.row(["Cycle Time (s)", "Distance (mm)", "Cycle OK"], width: 10)
            out.row([SetitecTextBuilder.number(time, decimals: 6), SetitecTextBuilder.number(distance, decimals: 3), "True"], width: 10)
        case .v11:
            out.row(["Cycle Time (s)", "Distance (mm)", "Cycle OK", "Consumption Wh"], width: 10)
            out.row([SetitecTextBuilder.number(time, decimals: 3), SetitecTextBuilder.number(distance, decimals: 3), "True", "0,061"], width: 10)
        }
        out.blank(width: 10)
    }

    /// One row per step that ran: how long, how far, the peak currents.
    func writeStepResults(_ out: inout SetitecTextBuilder) {
        out.section("Step Results", width: 10)
        out.row(["Step Number", "Stop Code", "Duration (s)", "Distance M1", "Distance M2", "M1 Max Amp", "M2 Max Amp",
                 "M1 No Load Amp", "M2 No Load Amp", "Gap Max (mm)"])
        let ran = Array(Set(samples.map(\.step))).sorted()
        for step in ran {
            let rows = samples.filter { $0.step == step }
            guard let first = rows.first, let last = rows.last else { continue }
            let values: [Double] = [Double(step), step == ran.last ? 8 : 64, Double(rows.count) / DrillRunSimulator.sampleRate, 0,
                          abs(last.position - first.position), rows.map(\.torque).max() ?? 0, rows.map(\.thrust).max() ?? 0,
                          first.torqueEmpty, first.thrustEmpty, 0]
            out.row(values.map { SetitecTextBuilder.number($0, decimals: 3) })
        }
        out.blank(width: 10)
    }
}
