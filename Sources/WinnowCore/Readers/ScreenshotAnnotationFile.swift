import Foundation

/// A screenshot dataset's `annotations/<id>.json`: the boxes of one image (DESIGN section 4).
struct ScreenshotAnnotationFile {
    var labels: [Label] = []
    /// 0 when the file gives no size.
    var width = 0
    var height = 0
    /// The exporter's `context` object, kept for display.
    var context: JSONValue?

    /// nil when the file is missing or unreadable (`bytes` nil: it could not be read from `path`);
    /// the reason goes to `issues`, located at `displayPath` (and the line, for broken JSON).
    static func read(_ bytes: [UInt8]?, path: String, displayPath: String, issues: inout [Issue],
                     strings: inout RepeatedStrings) -> ScreenshotAnnotationFile? {
        guard let bytes else {
            let what = SystemCalls.exists(path) ? "cannot be read" : "is missing"
            issues.append(Issue(.error, "annotation.missing", "annotation file \(what); item has no labels", location: displayPath))
            return nil
        }
        // Straight from the bytes (a tree of 100k files cost twice the time); a file that does not
        // read cleanly this way is read again as a tree, whose reading says what is wrong with it.
        var streamedIssues: [Issue] = []
        let streamed = bytes.withUnsafeBufferPointer { buffer in
            try? ScreenshotAnnotationFile(streaming: buffer, displayPath: displayPath, issues: &streamedIssues, strings: &strings)
        }
        if let streamed {
            issues += streamedIssues
            return streamed
        }
        return readAsTree(bytes, displayPath: displayPath, issues: &issues)
    }

    static func readAsTree(_ bytes: [UInt8], displayPath: String, issues: inout [Issue]) -> ScreenshotAnnotationFile? {
        let parsed: LenientJSON.Parsed
        do {
            parsed = try LenientJSON.parse(bytes[...])
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
        let entries = object["annotations"]?.arrayValue.map { $0.map(ScreenshotLabelFields.init) }
        return ScreenshotAnnotationFile(width: object["width"], height: object["height"], context: object["context"],
                                        entries: entries, displayPath: displayPath, issues: &issues)
    }

    private init(streaming buffer: UnsafeBufferPointer<UInt8>, displayPath: String, issues: inout [Issue],
                 strings: inout RepeatedStrings) throws(JSONParseError) {
        var width: JSONValue?, height: JSONValue?, context: JSONValue?
        var entries: [ScreenshotLabelFields]?
        try JSONParser.streamObject(buffer) { (key, p) throws(JSONParseError) in
            switch key {
            case "width": width = try p.value()
            case "height": height = try p.value()
            case "context": context = try p.value()
            case "annotations" where p.peek() == UInt8(ascii: "["):
                var list: [ScreenshotLabelFields] = []
                try p.forEachElementInPlace { (q) throws(JSONParseError) in list.append(try ScreenshotLabelFields(parsing: &q, strings: &strings)) }
                entries = list
            case "annotations": entries = try p.value().arrayValue.map { $0.map(ScreenshotLabelFields.init) }
            default: _ = try p.value()  // parsed, so a broken value is caught as the tree reader would
            }
        }
        self.init(width: width, height: height, context: context, entries: entries, displayPath: displayPath, issues: &issues)
    }

    /// `entries` is nil when the file has no `annotations` array.
    private init(width: JSONValue?, height: JSONValue?, context: JSONValue?, entries: [ScreenshotLabelFields]?,
                 displayPath: String, issues: inout [Issue]) {
        self.width = max(0, width?.intValue ?? 0)
        self.height = max(0, height?.intValue ?? 0)
        self.context = context
        guard let entries else {
            issues.append(Issue(.warning, "annotation.no-list", "no \"annotations\" array; item has no labels", location: displayPath))
            return
        }
        labels.reserveCapacity(entries.count)
        for index in entries.indices {  // by position: no entry copied
            let entryIssues = LabelEntryIssues(location: displayPath, index: index)
            if let label = Self.label(entries[index], index: index, entryIssues: entryIssues, issues: &issues) { labels.append(label) }
        }
    }

    /// Label ids are the entry's position in the file ("0", "1", ...), stable even when an entry
    /// before it is skipped.
    private static func label(_ entry: ScreenshotLabelFields, index: Int, entryIssues: LabelEntryIssues, issues: inout [Issue]) -> Label? {
        guard !entry.notAnObject else {
            issues.append(entryIssues.issue(.error, "label.bad-entry", "is not a JSON object; skipped"))
            return nil
        }
        let decoded = entry.box.decoded
        if let problem = decoded.problem {
            issues.append(entryIssues.issue(decoded.box == nil ? .error : .warning, "label.bad-bbox", problem))
        }
        let category = entry.category?.stringValue ?? ""
        if category.isEmpty { issues.append(entryIssues.issue(.warning, "label.no-category", "has no category_name")) }
        let source = entry.source?.stringValue ?? "unknown"
        let verified = entry.verified?.boolValue ?? false
        let confidence = Self.confidence(entry.confidence, human: verified || source == "user_click", entryIssues: entryIssues, issues: &issues)
        return Label(id: DecimalText.string(UInt64(index)), category: category, bbox: decoded.box, confidence: confidence, source: source, verified: verified)
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
