/// Where the program's own step changes put entry, transition and exit, independent of the
/// torque. With a Program table whose steps stop on torque limits, a step left on its `Torque
/// Max` (the torque rose past a limit) marks a rise: the first is the entry, the next the
/// transition; a step left on its `Torque Min` (the torque fell, the drill broke through) marks
/// the exit. Otherwise the order of the step changes decides: the first is the entry, the second
/// the transition, and the last (of three or more) the exit; a program of three steps (approach,
/// CFRP, titanium) drills through to its end without a step change at the exit.
struct ProgramPlacement {
    let events: [SignalEventType: StepBoundary]

    init(_ steps: StepBoundaries, program: ProgramSteps?) {
        guard steps.isPlausible, !steps.all.isEmpty else {
            events = [:]
            return
        }
        events = program.flatMap { Self.byLimits(steps.all, $0) } ?? Self.byOrder(steps.all)
    }

    private static func byLimits(_ boundaries: [StepBoundary], _ program: ProgramSteps) -> [SignalEventType: StepBoundary]? {
        var events: [SignalEventType: StepBoundary] = [:]
        for b in boundaries {
            guard b.from.isFinite, abs(b.from) < 1e6, let limits = program.limits[Int(b.from.rounded())] else { continue }
            if limits.torqueMin > 0, events[.exit] == nil, events[.entry] != nil {
                events[.exit] = b
            } else if limits.torqueMax > 0, events[.exit] == nil {
                if events[.entry] == nil { events[.entry] = b } else if events[.transition] == nil { events[.transition] = b }
            }
        }
        return events.isEmpty ? nil : events
    }

    private static func byOrder(_ boundaries: [StepBoundary]) -> [SignalEventType: StepBoundary] {
        var events: [SignalEventType: StepBoundary] = [.entry: boundaries[0]]
        if boundaries.count >= 2 { events[.transition] = boundaries[1] }
        if boundaries.count >= 3 { events[.exit] = boundaries[boundaries.count - 1] }
        return events
    }
}
