/// The sample drill runs: three drilling groups (the file-name stem before the run number), each
/// run carrying one of the real files' quirks (DESIGN.md section 5) on top of a plausible signal.
enum DrillingCatalog {
    static let runs: [DrillRunSpec] = [
        DrillRunSpec(
            fileName: "SAMPLE_COUPON-A_ST_1001_1.xls", firmware: .v9, date: "2024-06-12:09:14:05",
            stack: stackA1, steps: fourSteps(stackA1),
            comment: "Perçage CFRP/Ti, éprouvette A", globalCounter: 1001, localCounter: 1, seed: 1001_1,
            purpose: "clean four-step run (approach, CFRP, titanium, breakthrough); Latin-1 accents in the Comment"),
        DrillRunSpec(
            fileName: "SAMPLE_COUPON-A_ST_1001_2.xls", firmware: .v9, date: "2024-06-12:09:21:47",
            stack: stackA2, steps: fourSteps(stackA2),
            nulInMotorName: true, globalCounter: 1001, localCounter: 2, seed: 1001_2,
            purpose: "a NUL byte at the end of the Motor Name value"),
        DrillRunSpec(
            fileName: "SAMPLE_COUPON-A_ST_1001_3.xls", firmware: .v8Converted, date: "2024-06-12T09:30:12Z",
            stack: stackA3, steps: fourSteps(stackA3, leads: StepLeads(entry: 1.0)),
            globalCounter: 1001, localCounter: 3, seed: 1001_3,
            purpose: "MQTT-to-XLS converted dialect: `;` separators, dot decimals in the data, two Program header names run together; approach ends 1 mm above the coupon"),
        DrillRunSpec(
            fileName: "SAMPLE_COUPON-B_ST_2001_1.xls", firmware: .v11, date: "2024-12-11:17:33:29",
            stack: stackB1, steps: [.off("unused")] + fourSteps(stackB1),
            globalCounter: 2001, localCounter: 1, seed: 2001_1,
            purpose: "version 11: data header repeats Gap Length (mm), 10 names over 9 values; step 0 switched off (Inf)"),
        DrillRunSpec(
            fileName: "SAMPLE_COUPON-B_ST_2001_2.xls", firmware: .v11, date: "2024-12-11:17:41:02",
            stack: CouponStack(entry: 3.6, cfrp: 6.4, titanium: 3.1),
            steps: [.off("unused"), DrillStep(purpose: "whole stack", isOn: true, stroke: 14.6, rpm: 2000, feed: 0.8, torqueEmpty: 5.078, thrustEmpty: 0.270)],
            globalCounter: 2001, localCounter: 2, seed: 2001_2,
            purpose: "one-step run: no step boundary marks entry, transition or exit"),
        DrillRunSpec(
            fileName: "SAMPLE_BOX-C_ST_3001_1.xls", firmware: .v4, date: "2021-11-11:14:29:32",
            stack: stackC1, steps: [.off("unused")] + fourSteps(stackC1, titaniumFeed: 0.6, leads: StepLeads(transition: 1.0)),
            globalCounter: 3001, localCounter: 1, seed: 3001_1,
            purpose: "version 4: 12 data columns, Control Box Datas header split across 47 blank lines, `Pset n°`; titanium step starts 1 mm before the titanium"),
        DrillRunSpec(
            fileName: "SAMPLE_BOX-C_ST_3001_2.xls", firmware: .v9, date: "1970-01-01:00:12:41",
            stack: stackC2, steps: missingCFRPStep(stackC2),
            positionNoise: 0.03, glitch: PositionGlitch(atDepth: 7.0, back: 0.35, samples: 24),
            globalCounter: 3001, localCounter: 2, seed: 3001_2,
            purpose: "doubtful run: CFRP step switched off (no step at the transition), noisy position that jumps back 0.35 mm, 1970 date"),
    ]

    static let stackA1 = CouponStack(entry: 4.0, cfrp: 5.5, titanium: 4.0)
    static let stackA2 = CouponStack(entry: 4.1, cfrp: 5.6, titanium: 3.9)
    static let stackA3 = CouponStack(entry: 3.9, cfrp: 5.4, titanium: 4.1)
    static let stackB1 = CouponStack(entry: 3.5, cfrp: 6.5, titanium: 3.0)
    static let stackC1 = CouponStack(entry: 4.0, cfrp: 5.0, titanium: 3.5)
    static let stackC2 = CouponStack(entry: 4.0, cfrp: 5.2, titanium: 3.6)

    /// How far (mm) before each material boundary the program switches to the step set for what
    /// comes next: the controller slows down before the drill meets titanium and before it breaks
    /// through. A real program leads by a few tenths; a lead of 1 mm is a program set up early.
    struct StepLeads {
        var entry = 0.3
        var transition = 0.3
        var exit = 0.3
    }

    /// Approach in air to just above the coupon, CFRP to just above the titanium, titanium to just
    /// above the exit, then a slower breakthrough step to 1.4 mm past the exit: each step change sits
    /// a little before its material boundary, not on it.
    static func fourSteps(_ stack: CouponStack, titaniumFeed: Double = 0.45, leads: StepLeads = StepLeads()) -> [DrillStep] {
        let cfrpStart = stack.entry - leads.entry, titaniumStart = stack.transition - leads.transition
        let breakthroughStart = stack.exit - leads.exit
        return [
            DrillStep(purpose: "approach", isOn: true, stroke: cfrpStart, rpm: 4000, feed: 3.0, torqueEmpty: 5.811, thrustEmpty: 0.410),
            DrillStep(purpose: "CFRP", isOn: true, stroke: titaniumStart - cfrpStart, rpm: 4000, feed: 1.0, torqueEmpty: 5.664, thrustEmpty: 0.398),
            DrillStep(purpose: "titanium", isOn: true, stroke: breakthroughStart - titaniumStart, rpm: 1000, feed: titaniumFeed,
                      torqueEmpty: 3.271, thrustEmpty: 0.187),
            DrillStep(purpose: "breakthrough", isOn: true, stroke: stack.exit + 1.4 - breakthroughStart, rpm: 1000, feed: 0.35,
                      torqueEmpty: 3.271, thrustEmpty: 0.187),
        ]
    }

    /// The CFRP step is switched off, so the titanium settings run through both materials, to 1.4 mm
    /// past the exit (no breakthrough step either).
    static func missingCFRPStep(_ stack: CouponStack) -> [DrillStep] {
        let steps = fourSteps(stack)
        let titaniumStep = steps[2]
        return [steps[0], .off("CFRP"), DrillStep(
            purpose: "CFRP and titanium", isOn: true, stroke: stack.exit + 1.4 - steps[0].stroke, rpm: titaniumStep.rpm, feed: 0.6,
            torqueEmpty: titaniumStep.torqueEmpty, thrustEmpty: titaniumStep.thrustEmpty)]
    }
}
