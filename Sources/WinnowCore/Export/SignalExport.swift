/// The rows and file texts of `winnow export --format signals`: one row per reviewed run.
public enum SignalExport {
    public static func rows(_ snapshot: ReviewSnapshot, items: [Int], groups: [String: String], folds: Int?, seed: UInt64 = 0)
        -> [SignalExportRow]
    {
        items.compactMap { index in
            let item = snapshot.items[index]
            guard item.kind == .signal, let record = snapshot.verdict(ofItem: index) else { return nil }
            var events: [SignalEventType: SignalEventPosition] = [:]
            for label in item.labels { if let e = label.event { events[e.type] = e } }
            let group = groups[item.localID] ?? FoldAssignment.groupFromFileName(item.localID)
            return SignalExportRow(
                file: item.localID, verdict: record.verdict.rawValue, reviewer: record.reviewer, events: events,
                confidence: item.confidence, source: source(of: item.labels), group: group,
                fold: folds.map { FoldAssignment.fold(ofGroup: group, folds: $0, seed: seed) })
        }
    }

    private static func source(of labels: [Label]) -> String {
        let touched = labels.filter { $0.verified || $0.source != "auto" }.count
        if touched == 0 { return "auto" }
        return touched == labels.count ? "user" : "mixed"
    }

    public static func csv(_ rows: [SignalExportRow]) -> String {
        var out = SignalExportRow.columns.joined(separator: ",") + "\n"
        for row in rows {
            out += fields(row).map { CSVField.escaped($0.csvText) }.joined(separator: ",") + "\n"
        }
        return out
    }

    public static func jsonl(_ rows: [SignalExportRow]) -> String {
        rows.map { row in
            JSONValue.object(JSONObject(zip(SignalExportRow.columns, fields(row)).map { ($0, $1) })).jsonText + "\n"
        }.joined()
    }

    private static func fields(_ row: SignalExportRow) -> [JSONValue] {
        var values: [JSONValue] = [JSONValue(row.file), JSONValue(row.verdict), JSONValue(row.reviewer)]
        for type in SignalEventType.allCases {
            values.append(JSONValue(row.events[type]?.positionMM))
            values.append(row.events[type].map { JSONValue($0.sample) } ?? .null)
        }
        values += [JSONValue(row.confidence), JSONValue(row.source), JSONValue(row.group), row.fold.map { JSONValue($0) } ?? .null]
        return values
    }
}
