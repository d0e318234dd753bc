/// `winnow-export.json`: what was exported, how, from which journal position, and a checksum
/// of every file written (an image link records its target instead). Holds no wall-clock time,
/// so the same inputs give the same bytes.
public enum ExportProvenance {
    public static let fileName = "winnow-export.json"

    public static func document(_ plan: ExportPlan, snapshot: ReviewSnapshot, context: ExportContext, command: [String],
                                journal: [JournalPosition], checksums: [(path: String, checksum: String)]) -> String {
        let options = plan.options
        let object = JSONObject([
            ("winnow_export", 1), ("command", .array(command.map { JSONValue($0) })), ("format", JSONValue(options.format.rawValue)),
            ("filter", JSONValue(context.filter)), ("images", JSONValue(options.images.rawValue)),
            ("split", splitJSON(plan)), ("journal", .array(journal.map(positionJSON))),
            ("counts", counts(plan)), ("left_out", leftOut(plan, snapshot)),
            ("files", .object(JSONObject(distinctKeys: checksums.map { ($0.path, JSONValue($0.checksum)) }))),
        ])
        return JSONWriter.string(.object(object), pretty: true) + "\n"
    }

    static func splitJSON(_ plan: ExportPlan) -> JSONValue {
        let o = plan.options
        return .object(JSONObject([
            ("fractions", o.split.map { .array($0.fractions.map { JSONValue($0) }) } ?? .null),
            ("names", .array(plan.splitNames.filter { !$0.isEmpty }.map { JSONValue($0) })),
            ("dropped", .array(plan.droppedSplits.map { JSONValue($0) })),
            ("folds", o.folds.map { JSONValue($0) } ?? .null), ("group_by", JSONValue(o.groupBy ?? "default")),
            ("seed", JSONValue(Double(o.seed))), ("dedup", JSONValue(o.dedup)),
        ]))
    }

    static func positionJSON(_ p: JournalPosition) -> JSONValue {
        .object(JSONObject([("dataset", JSONValue(p.dataset)), ("seq", JSONValue(p.seq)), ("at", JSONValue(p.rolledBack))]))
    }

    /// Images, boxes, groups and boxes per category, per split.
    static func counts(_ plan: ExportPlan) -> JSONValue {
        let splits = plan.entriesBySplit.enumerated().map { split, entries -> (String, JSONValue) in
            var perCategory = Array(repeating: 0, count: plan.categories.count)
            for entry in entries {  // not flatMap: an array of 800k boxes for one count
                for box in entry.boxes { perCategory[box.category] += 1 }
            }
            return (plan.isSplit ? plan.splitNames[split] : "all", .object(JSONObject([
                ("images", JSONValue(entries.count)), ("boxes", JSONValue(entries.reduce(0) { $0 + $1.boxes.count })),
                ("groups", JSONValue(Set(entries.map(\.group)).count)),
                ("categories", .object(JSONObject(plan.categories.enumerated().map { ($1, JSONValue(perCategory[$0])) }))),
            ])))
        }
        return .object(JSONObject(splits))
    }

    static func leftOut(_ plan: ExportPlan, _ snapshot: ReviewSnapshot) -> JSONValue {
        let ids = { (items: [Int]) in JSONValue.array(items.map { JSONValue(snapshot.items[$0].id) }) }
        return .object(JSONObject([
            ("boxes_rejected_or_empty", JSONValue(plan.leftOutBoxes)), ("boxes_clipped_to_image", JSONValue(plan.clippedBoxes)),
            ("duplicates_dropped", ids(plan.droppedDuplicates)),
            ("duplicates_across_splits", .array(plan.duplicatesAcrossSplits.map(ids))),
        ]))
    }
}
