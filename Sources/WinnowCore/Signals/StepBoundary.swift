/// A change of the program step (`Step (nb)`): the first sample of the new step.
struct StepBoundary: Equatable {
    let sample: Int
    let from: Double
    let to: Double

    /// "1→2"
    var label: String { "\(StepBoundary.format(from))→\(StepBoundary.format(to))" }

    private static func format(_ step: Double) -> String {
        step.rounded() == step && abs(step) < 1e9 ? String(Int(step)) : String(step)
    }
}
