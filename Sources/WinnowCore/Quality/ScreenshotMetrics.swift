/// Seed 000's metrics of a screenshot dataset, over the items as curated:
/// - coverage: the share of the GUI states named in `active_states` that have an example (an item
///   in that state with a standing label and no bad verdict), with the uncovered states;
/// - source mix: labels from automation (template matching, predictions) against those a person
///   gave or checked (clicks, reviewers' boxes, verified ones);
/// - verification: the share of standing labels that are verified.
public struct ScreenshotMetrics: Equatable, Sendable {
    public var coverage = 1.0
    public var states = 0
    public var uncoveredStates: [String] = []
    public var automatedLabels = 0
    public var humanLabels = 0
    public var verification = 0.0

    /// nil when the snapshot holds no screenshot.
    public init?(_ snapshot: ReviewSnapshot) {
        let indices = snapshot.items.indices.filter { snapshot.items[$0].kind == .screenshot }
        guard !indices.isEmpty else { return nil }
        var named = Set<String>(), covered = Set<String>()
        var standing = 0, verified = 0
        for index in indices {
            let item = snapshot.items[index]
            let states = (item.metadata["active_states"]?.arrayValue ?? []).compactMap(\.stringValue)
            named.formUnion(states)
            let standingBefore = standing
            for label in item.labels.indices where !item.labels[label].rejected {  // by index: no copy of each label
                let source = item.labels[label].source
                let human = item.labels[label].verified || source == "user_click" || source == "user"
                standing += 1
                if item.labels[label].verified { verified += 1 }
                if human { humanLabels += 1 } else { automatedLabels += 1 }
            }
            if standing > standingBefore, snapshot.standingVerdict(ofItem: index) != .bad { covered.formUnion(states) }
        }
        states = named.count
        uncoveredStates = named.subtracting(covered).sorted()
        coverage = named.isEmpty ? 1 : Double(covered.count) / Double(named.count)
        verification = standing == 0 ? 0 : Double(verified) / Double(standing)
    }
}
