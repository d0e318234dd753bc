import Foundation
import WinnowApp
import WinnowCore

/// `show` for people: the same facts as `--json` (metadata aside), one topic per block.
enum ShowText {
    /// A pair's instruction, measures, same-photo sessions and sender.
    private static func pair(_ pair: JSONValue) -> [String] {
        func measure(_ key: String) -> String { pair[key]?.doubleValue.map { String(format: "%.2f", $0) } ?? "not measured" }
        var lines = ["instruction:\n  " + (pair["instruction"]?.stringValue ?? "").replacingOccurrences(of: "\n", with: "\n  ")]
        if let original = pair["original_instruction"]?.stringValue { lines.append("original instruction (before the correction):\n  " + original) }
        lines.append("transformed \(pair["edited_image"]?.stringValue ?? "(none)")  changed \(measure("change"))  structure \(measure("structure"))")
        let same = pair["same_original_as"]?.arrayValue?.compactMap(\.stringValue) ?? []
        if !same.isEmpty { lines.append("same original as \(same.joined(separator: ", "))") }
        lines.append("sent \(pair["timestamp"]?.stringValue ?? "?") by \(pair["email"]?.stringValue ?? "?")")
        return lines
    }

    static func render(_ item: JSONValue) -> String {
        var lines = [header(item), standing(item)]
        for key in ["prompt", "response", "text", "original"] {
            if let value = item[key]?.stringValue { lines.append("\(key == "original" ? "original (before the correction)" : key):\n  " + value.replacingOccurrences(of: "\n", with: "\n  ")) }
        }
        if let pair = item["pair"] { lines += self.pair(pair) }
        let labels = item["labels"]?.arrayValue ?? []
        lines.append("labels (\(labels.count))")
        lines += labels.map(label)
        if let events = item["events"]?.arrayValue {
            lines.append("events (\(events.count))")
            lines += events.map(event)
        }
        let issues = item["issues"]?.arrayValue ?? []
        lines.append("problems (\(issues.count))")
        lines += issues.map { "  \($0["severity"]?.stringValue ?? "")  \($0["code"]?.stringValue ?? "")  \($0["message"]?.stringValue ?? "")" }
        if let outcomes = item["model_comparison"]?.arrayValue {
            let disagreements = outcomes.filter { $0["kind"]?.stringValue != "match" }
            lines.append("model: label quality \(confidence(item["label_quality"])), \(outcomes.count - disagreements.count) matches, "
                         + "\(disagreements.count) disagreements")
            lines += disagreements.map { disagreement($0, predictions: item["predictions"]?.arrayValue ?? []) }
        }
        let history = item["history"]?.arrayValue ?? []
        lines.append("history (\(history.count))")
        lines += history.map(entry)
        if item["metadata"] != nil { lines.append("metadata: see --json") }
        return lines.map(TerminalSafe.text).joined(separator: "\n")
    }

    private static func header(_ item: JSONValue) -> String {
        let size = item["width"]?.intValue.map { "  \($0)x\(item["height"]?.intValue ?? 0)" } ?? ""
        return "\(item["id"]?.stringValue ?? "")  \(item["kind"]?.stringValue ?? "")  \(item["path"]?.stringValue ?? "")\(size)"
    }

    private static func standing(_ item: JSONValue) -> String {
        let flagged = (item["history"]?.arrayValue ?? []).last { $0["type"]?.stringValue == "flag" && $0["active"]?.boolValue == true }
        return "tier \(item["tier"]?.stringValue ?? "-") \(confidence(item["confidence"]))  verdict \(item["verdict"]?.stringValue ?? "none")"
            + (flagged?["flag"]?.boolValue == true ? "  flagged" : "")
    }

    private static func label(_ label: JSONValue) -> String {
        let box = box(label["bbox"])
        let verified = label["verified"]?.boolValue == true ? "  verified" : ""
        return "  \(label["id"]?.stringValue ?? "")  \(label["category"]?.stringValue ?? "")  \(box)  \(confidence(label["confidence"]))  "
            + "\(label["source"]?.stringValue ?? "")\(verified)"
    }

    private static func disagreement(_ outcome: JSONValue, predictions: [JSONValue]) -> String {
        let predicted = outcome["prediction"]?.intValue.flatMap { predictions.indices.contains($0) ? predictions[$0] : nil }
        let what = predicted.map { "\($0["category"]?.stringValue ?? "") \(box($0["bbox"]))" } ?? ""
        let label = outcome["label"]?.stringValue.map { "label \($0)" } ?? ""
        return "  \(outcome["kind"]?.stringValue ?? "")  \(outcome["model"]?.stringValue ?? "")  \(what)  \(label)  "
            + "iou \(confidence(outcome["iou"]))  score \(confidence(outcome["score"]))"
    }

    private static func box(_ value: JSONValue?) -> String {
        guard let v = value?.arrayValue?.map({ Int($0.doubleValue ?? 0) }), v.count == 4 else { return "" }
        return "x\(v[0]) y\(v[1]) \(v[2])x\(v[3])"
    }

    private static func event(_ event: JSONValue) -> String {
        let mm = event["position_mm"]?.doubleValue.map { String(format: "%.2f mm", $0) } ?? "-"
        return "  \(event["type"]?.stringValue ?? "")  \(mm)  sample \(event["sample"]?.intValue ?? 0)  \(confidence(event["confidence"]))  "
            + (event["source"]?.stringValue ?? "")
    }

    private static func entry(_ entry: JSONValue) -> String {
        let skip: Set<String> = ["seq", "time", "reviewer", "type", "active"]
        let details = (entry.objectValue?.pairs ?? []).filter { !skip.contains($0.key) }.map { "\($0.key) \(text($0.value))" }
        let undone = entry["active"]?.boolValue == false ? "  (undone)" : ""
        return "  #\(entry["seq"]?.intValue ?? 0)  \(entry["time"]?.stringValue ?? "")  \(entry["reviewer"]?.stringValue ?? "")  "
            + "\(entry["type"]?.stringValue ?? "")  \(details.joined(separator: "  "))\(undone)"
    }

    private static func text(_ value: JSONValue) -> String {
        if let s = value.stringValue { return s }
        if let b = value.boolValue { return b ? "on" : "off" }
        return value.jsonText
    }

    /// As the workstation shows it: two decimals, `--` when unknown.
    static func confidence(_ value: JSONValue?) -> String {
        value?.doubleValue.map { String(format: "%.2f", $0) } ?? "--"
    }
}
