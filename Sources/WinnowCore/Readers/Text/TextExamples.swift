import Foundation

/// The items of one text file as they are read, and the problems met (`file:line: why`).
struct TextExamples {
    let file: String
    private(set) var items: [ReviewItem] = []
    var issues: [Issue] = []
    private var usedIDs: Set<String> = []

    /// What labels read from this file give as their source: its kind (`csv`, `conll`, …).
    let source: String

    init(file: String) {
        self.file = file
        let ext = (file as NSString).pathExtension.lowercased()
        source = ext.isEmpty || !["csv", "tsv", "json", "jsonl", "conll"].contains(ext) ? "conll" : ext
    }

    /// UTF-8 text; invalid bytes become U+FFFD, reported once.
    mutating func decode<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        issues.append(Issue(.warning, "text.not-utf8", "bytes that are not UTF-8 were replaced with U+FFFD", location: file))
        return String(decoding: bytes, as: UTF8.self)
    }

    mutating func report(_ line: Int, _ message: String, severity: Severity = .error, code: String = "text.bad-record") {
        issues.append(Issue(severity, code, message, location: "\(file):\(line)"))
    }

    /// Adds an example; an id already used gets `#2`, `#3`, … (reported).
    mutating func add(id wanted: String, line: Int, content: TextContent, labels: [Label] = [], metadata: JSONObject = JSONObject()) {
        var id = wanted
        var n = 1
        while usedIDs.contains(id) {
            n += 1
            id = "\(wanted)#\(n)"
        }
        if n > 1 { report(line, "id \(wanted) was used before; this one is \(id)", severity: .warning, code: "text.duplicate-id") }
        usedIDs.insert(id)
        var item = ReviewItem(id: id, kind: .text, path: "\(file):\(line)", imageURL: nil, width: 0, height: 0, labels: labels, metadata: metadata)
        item.textContent = content
        item.readIssues = SpanCheck.issues(labels, in: content.text)
        items.append(item)
    }

    /// The lines of a text, LF or CRLF ended (Swift reads CRLF as one character), blank ones kept.
    static func lines(_ text: String) -> [Substring] {
        text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
    }

    /// A label for the whole text (an intent, a category, a sentiment).
    static func classLabel(_ id: String, _ value: String, confidence: Double?, source: String) -> Label {
        Label(id: id, category: value, bbox: nil, confidence: confidence ?? 1, source: source, verified: false)
    }
}
