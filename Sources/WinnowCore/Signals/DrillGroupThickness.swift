/// The thickness (exit − entry) of each run of a drilling group (the file-name stem before the
/// run number), from the runs' events as they stand: what the stats view draws and what
/// `GroupConsistency` compares each run with.
public struct DrillGroupThickness: Equatable, Sendable {
    public let group: String
    /// mm, one per run with both an entry and an exit, in item order.
    public let thicknesses: [Double]

    public var median: Double { GroupConsistency.median(thicknesses) }

    /// The fewest runs a group needs before a run is compared with it.
    public static let minimumRuns = GroupConsistency.minimumRuns

    /// Groups in name order; runs without both events are left out, and so are groups left empty.
    public static func of(_ items: [ReviewItem]) -> [DrillGroupThickness] {
        let runs = items.filter { $0.signal != nil }
        let groups = Dictionary(grouping: runs, by: GroupConsistency.group)
        return groups.keys.sorted().compactMap { name in
            let values = groups[name]!.compactMap(GroupConsistency.thickness)
            return values.isEmpty ? nil : DrillGroupThickness(group: name, thicknesses: values)
        }
    }
}
