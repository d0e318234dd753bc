import Foundation

/// A screenshot dataset's `annotations/<id>.json`: the boxes of one image (DESIGN section 4).
struct ScreenshotAnnotationFile {
    var labels: [Label] = []
    /// 0 when the file gives no size.
    var width = 0
    var height = 0
    /// The exporter's `context` object, kept for display.
    var context: JSONValue?

    /// nil when the file is missing or unreadable; the reason goes to `issues`, located at
    /// `displayPath` (and the line, for broken JSON).
    static func read(_ url: URL, displayPath: String, issues: inout [Issue]) -> ScreenshotAnnotationFile? {
        guard let data = DataFile.contents(url) else {
            let what = FileManager.default.fileExists(atPath: url.path) ? "cannot be read" : "is missing"
            issues.append(Issue(.error, "annotation.missing", "annotation file \(what); item has no labels", location: displayPath))
            return nil
        }
        let parsed: LenientJSON.Parsed
        do {
            parsed = try LenientJSON.parse(ArraySlice(data))
        } catch {
            let message = "annotation file is not valid JSON (\(error.message)); item has no labels"
            issues.append(Issue(.error, "annotation.bad-json", message, location: "\(displayPath):\(error.line)"))
            return nil
        }
        if parsed.hadNonFiniteNumbers {
            issues.append(Issue(.warning, "json.non-finite", "NaN or Infinity (not JSON) read as a missing number", location: displayPath))
        }
        guard let object = parsed.value.objectValue else {
            issues.append(Issue(.error, "annotation.bad-json", "annotation file is not a JSON object; item has no labels", location: displayPath))
            return nil
        }
        return ScreenshotAnnotationFile(object: object, displayPath: displayPath, issues: &issues)
    }

    private init(object: JSONObject, displayPath: String, issues: inout [Issue]) {
        width = max(0, object["width"]?.intValue ?? 0)
        height = max(0, object["height"]?.intValue ?? 0)
        context = object["context"]
        guard let entries = object["annotations"]?.arrayValue else {
            issues.append(Issue(.warning, "annotation.no-list", "no \"annotations\" array; item has no labels", location: displayPath))
            return
        }
        for (index, entry) in entries.enumerated() {
            let entryIssues = LabelEntryIssues(location: displayPath, index: index)
            if let label = Self.label(entry, index: index, entryIssues: entryIssues, issues: &issues) { labels.append(label) }
        }
    }

    /// Label ids are the entry's position in the file ("0", "1", ...), stable even when an entry
    /// before it is skipped.
    private static func label(_ entry: JSONValue, index: Int, entryIssues: LabelEntryIssues, issues: inout [Issue]) -> Label? {
        guard let object = entry.objectValue else {
            issues.append(entryIssues.issue(.error, "label.bad-entry", "is not a JSON object; skipped"))
            return nil
        }
        let decoded = BoundingBoxDecoder.decode(object["bbox"])
        if let problem = decoded.problem {
            issues.append(entryIssues.issue(decoded.box == nil ? .error : .warning, "label.bad-bbox", problem))
        }
        let category = object["category_name"]?.stringValue ?? ""
        if category.isEmpty { issues.append(entryIssues.issue(.warning, "label.no-category", "has no category_name")) }
        let source = object["source"]?.stringValue ?? "unknown"
        let verified = object["verified"]?.boolValue ?? false
        let confidence = Self.confidence(object["confidence"], human: verified || source == "user_click", entryIssues: entryIssues, issues: &issues)
        return Label(id: String(index), category: category, bbox: decoded.box, confidence: confidence, source: source, verified: verified)
    }

    /// A missing confidence reads as 1.0 for human labels (verified, or `user_click`, which the
    /// exporter always writes as 1.0) and as 0.0 for machine labels: an unscored detection is
    /// reviewed first instead of passing as certain.
    private static func confidence(_ value: JSONValue?, human: Bool, entryIssues: LabelEntryIssues, issues: inout [Issue]) -> Double {
        let fallback = human ? 1.0 : 0.0
        guard let value, !value.isNull else {
            if !human { issues.append(entryIssues.issue(.info, "label.no-confidence", "machine label has no confidence; read as 0")) }
            return fallback
        }
        guard let number = value.doubleValue else {
            issues.append(entryIssues.issue(.warning, "label.bad-confidence", "confidence \(value.jsonText) is not a number; read as \(fallback)"))
            return fallback
        }
        if !(0...1).contains(number) {
            issues.append(entryIssues.issue(.warning, "label.bad-confidence", "confidence \(number) is outside 0...1"))
        }
        return number
    }
}
