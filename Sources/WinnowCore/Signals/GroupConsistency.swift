import Foundation

/// A run against the other runs of its drilling group (from `--groups CSV`, else the file-name stem
/// before the run number):
/// the same program on the same stack should give about the same thickness (exit − entry). In a
/// group of at least 3 runs with both events, each run's automatic events are multiplied by
/// e^(−(d / 0.15)²), d being its thickness's relative distance from the group's median (0.98 at
/// 2 %, 0.89 at 5 %, 0.64 at 10 %); beyond 20 % the run is flagged with the numbers.
enum GroupConsistency {
    static let minimumRuns = 3
    static let scale = 0.15
    static let flagShare = 0.2

    static func applied(to items: [ReviewItem]) -> [ReviewItem] {
        var out = items
        let groups = Dictionary(grouping: items.indices) { group(of: items[$0]) }
        for (group, members) in groups.sorted(by: { $0.key < $1.key }) {
            let thicknesses = members.compactMap { i in thickness(items[i]).map { (i, $0) } }
            guard thicknesses.count >= minimumRuns else { continue }
            let median = Self.median(thicknesses.map(\.1))
            guard median > 0 else { continue }
            for (index, t) in thicknesses {
                let share = abs(t - median) / median
                let factor = exp(-(share / scale) * (share / scale))
                out[index].labels = out[index].labels.map { label in
                    var l = label
                    if !l.verified, l.event != nil { l.confidence *= factor }
                    return l
                }
                if share > flagShare {
                    out[index].readIssues.append(Issue(.warning, "signal.group-outlier", String(
                        format: "thickness %.2f mm, group median %.2f mm (%@, %d runs)", t, median, group, thicknesses.count), location: items[index].id))
                }
            }
        }
        return out
    }

    /// The run's drilling group: the reader's (`--groups` sheet, else the file-name stem).
    static func group(of item: ReviewItem) -> String {
        item.metadata["group"]?.stringValue ?? FoldAssignment.groupFromFileName(item.localID)
    }

    /// Exit − entry of the run's automatic events, mm.
    static func thickness(_ item: ReviewItem) -> Double? {
        let at = { (type: SignalEventType) in item.labels.first { $0.event?.type == type }?.event?.positionMM }
        guard let entry = at(.entry), let exit = at(.exit), exit > entry else { return nil }
        return exit - entry
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        let mid = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
    }
}
