/// One JSON object per image, a file per split (`train.jsonl`, …) or `items.jsonl`: the curated
/// boxes with the review behind them (verdict, reviewer, reason, notes, confidence, tier) and
/// where the item came from.
public enum JSONLExport {
    public static func files(_ plan: ExportPlan, snapshot: ReviewSnapshot, context: ExportContext) -> [ExportFile] {
        plan.entriesBySplit.enumerated().map { split, entries in
            ExportFile(ExportLayout.jsonlFile(plan, split: split), text: entries.map { object(plan, $0, snapshot).jsonText + "\n" }.joined())
        }
    }

    static func object(_ plan: ExportPlan, _ entry: ExportEntry, _ snapshot: ReviewSnapshot) -> JSONValue {
        let item = snapshot.items[entry.item]
        let review = ExportReview(snapshot, entry.item)
        var object = JSONObject([("id", JSONValue(item.id)), ("image", JSONValue(ExportLayout.imageReference(plan, entry))),
                                 ("width", JSONValue(entry.width)), ("height", JSONValue(entry.height))])
        if plan.isSplit { object["split"] = JSONValue(plan.splitNames[entry.split]) }
        if let fold = entry.fold { object["fold"] = JSONValue(fold) }
        object["group"] = JSONValue(entry.group)
        object["labels"] = .array(entry.boxes.map { label($0, $0.label(in: item)) })
        for (key, value) in review.fields { object[key] = value }
        object["notes"] = .array(review.notes.map { JSONValue($0) })
        object["source"] = .object(JSONObject([("dataset", JSONValue(review.dataset)), ("path", JSONValue(item.path)),
                                               ("image", JSONValue(entry.source.path)), ("metadata", .object(item.metadata))]))
        return .object(object)
    }

    static func label(_ box: ExportBox, _ label: Label) -> JSONValue {
        let b = box.box
        return .object(JSONObject([
            ("category", JSONValue(label.category)), ("bbox", .array([b.x, b.y, b.width, b.height].map { JSONValue($0) })),
            ("confidence", JSONValue(label.confidence)), ("source", JSONValue(label.source)),
            ("verified", JSONValue(label.verified)),
        ]))
    }
}
