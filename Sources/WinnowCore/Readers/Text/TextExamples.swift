import Foundation

/// The items of one text file as they are read, and the problems met (`file:line: why`).
struct TextExamples {
    let file: String
    private(set) var items: [ReviewItem] = []
    var issues: [Issue] = []
    /// The line of each item, for the id check, and a hash of its id (computed on the core that read it).
    private var itemLines: [Int] = []
    private var idHashes: [UInt64] = []
    /// The items whose ids are checked (the first `checkedIDs`), by id.
    private var itemsByID = HashedIndexTable()
    private var checkedIDs = 0
    /// Some bytes were not UTF-8 and were replaced (reported once).
    var replacedBytes = false

    /// What labels read from this file give as their source: its kind (`csv`, `conll`, …).
    let source: String

    init(file: String) {
        self.file = file
        let ext = (file as NSString).pathExtension.lowercased()
        source = ext.isEmpty || !["csv", "tsv", "json", "jsonl", "conll"].contains(ext) ? "conll" : ext
    }

    /// An empty reader of the same file: each core reads its share of a big file into one.
    func part() -> TextExamples {
        TextExamples(file: file)
    }

    /// Room for this many examples in all.
    mutating func reserveCapacity(_ count: Int) {
        items.reserveCapacity(count)
        itemLines.reserveCapacity(count)
        idHashes.reserveCapacity(count)
        itemsByID = HashedIndexTable(capacity: count)
    }

    /// Takes over what a part read, after what was read before it, and checks its ids now, while
    /// its items are still in the processor's cache.
    mutating func append(_ part: TextExamples) {
        items += part.items
        itemLines += part.itemLines
        idHashes += part.idHashes
        issues += part.issues
        replacedBytes = replacedBytes || part.replacedBytes
        makeIDsUnique()
    }

    /// UTF-8 text; invalid bytes become U+FFFD, reported once.
    mutating func decode<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        replacedBytes = true
        return String(decoding: bytes, as: UTF8.self)
    }

    mutating func report(_ line: Int, _ message: String, severity: Severity = .error, code: String = "text.bad-record") {
        issues.append(Issue(severity, code, message, location: "\(file):\(line)"))
    }

    /// Adds an example under the id it asks for (made unique when the part is taken over, or at `finish`).
    mutating func add(id: String, line: Int, content: TextContent, labels: [Label] = [], metadata: JSONObject = JSONObject()) {
        var item = ReviewItem(id: id, kind: .text, path: "\(file):\(line)", imageURL: nil, width: 0, height: 0, labels: labels, metadata: metadata)
        item.textContent = content
        item.readIssues = SpanCheck.issues(labels, in: content.text)
        items.append(item)
        itemLines.append(line)
        idHashes.append(Self.hash(id))
    }

    /// After the last example: ids made unique, and replaced bytes reported once, first.
    mutating func finish() {
        makeIDsUnique()
        if replacedBytes {
            issues.insert(Issue(.warning, "text.not-utf8", "bytes that are not UTF-8 were replaced with U+FFFD", location: file), at: 0)
        }
    }

    /// An id already used gets `#2`, `#3`, … (reported).
    private mutating func makeIDsUnique() {
        for index in checkedIDs..<items.count {
            if isUsed(items[index].id, hash: idHashes[index]) {
                let wanted = items[index].id
                var n = 2
                while isUsed("\(wanted)#\(n)", hash: Self.hash("\(wanted)#\(n)")) { n += 1 }
                let id = "\(wanted)#\(n)"
                report(itemLines[index], "id \(wanted) was used before; this one is \(id)", severity: .warning, code: "text.duplicate-id")
                items[index].id = id
                items[index].localID = id
                idHashes[index] = Self.hash(id)
            }
            itemsByID.insert(idHashes[index], index)
        }
        checkedIDs = items.count
    }

    private func isUsed(_ id: String, hash: UInt64) -> Bool {
        itemsByID.first(hash, where: { items[$0].id == id }) != nil
    }

    private static func hash(_ id: String) -> UInt64 { UInt64(bitPattern: Int64(id.hashValue)) }

    /// The lines of a text, LF or CRLF ended (Swift reads CRLF as one character), blank ones kept.
    static func lines(_ text: String) -> [Substring] {
        text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
    }

    /// A label for the whole text (an intent, a category, a sentiment).
    static func classLabel(_ id: String, _ value: String, confidence: Double?, source: String) -> Label {
        Label(id: id, category: value, bbox: nil, confidence: confidence ?? 1, source: source, verified: false)
    }
}
