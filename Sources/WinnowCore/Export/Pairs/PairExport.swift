import Foundation

/// Image pairs as training code reads them: each kept session's original and transformed image
/// (linked or copied under `images/SESSION/`) and its instruction as curated, one JSON line or
/// CSV row each, per split. Sessions marked bad, forgotten (`winnow forget`), missing an image or
/// with one that does not decode are left out. Splits are drawn per group of sessions sharing an original photo, so the same
/// house never sits in two splits. E-mail addresses are left out unless asked for.
public struct PairExport {
    public struct Record: Equatable, Sendable {
        public let item: Int
        public let session: String
        public let original: URL
        public let edited: URL
        public let instruction: String
        public let timestamp: String?
        public let email: String?
        public let split: String?
    }

    public let options: PairExportOptions
    public private(set) var records: [Record] = []
    /// Sessions left out, by why: bad, forgotten, incomplete.
    public private(set) var leftOut: [String: Int] = [:]

    public init(_ snapshot: ReviewSnapshot, items: [Int], options: PairExportOptions) {
        self.options = options
        for index in items {
            let item = snapshot.items[index]
            guard let pair = item.pair else { continue }
            let why: String? = snapshot.ledger(ofItem: index).forgotten.contains(item.localID) ? "forgotten"
                : snapshot.standingVerdict(ofItem: index) == .bad ? "bad"
                : (item.imageURL == nil || pair.editedURL == nil) ? "incomplete"
                : item.readIssues.contains { $0.code == "pair.undecodable" } ? "unreadable" : nil
            if let why {
                leftOut[why, default: 0] += 1
                continue
            }
            let group = ([item.id] + pair.sameOriginalAs).min()!
            let split = options.split.map { $0.names[$0.split(at: SplitAssignment.unit(ofGroup: group, seed: options.seed))] }
            records.append(Record(item: index, session: item.id, original: item.imageURL!, edited: pair.editedURL!, instruction: pair.instruction,
                                  timestamp: pair.timestamp, email: options.includePrivate ? pair.email : nil, split: split))
        }
    }

    /// Pairs per split (`all` without splits).
    public var counts: [String: Int] {
        Dictionary(grouping: records, by: { $0.split ?? "all" }).mapValues(\.count)
    }

    /// The table files and the images they name.
    public var files: [ExportFile] {
        let tables = Dictionary(grouping: records, by: { $0.split ?? "pairs" }).sorted { $0.key < $1.key }.map { name, rows in
            ExportFile("\(name).\(options.format == .csv ? "csv" : "jsonl")", text: options.format == .csv ? csv(rows) : jsonl(rows))
        }
        guard options.images != .none else { return tables }
        return tables + records.flatMap { record in
            [(record.original, original(record)), (record.edited, edited(record))].map { source, path in
                ExportFile(path, options.images == .copy ? .copy(source) : .link(source))
            }
        }
    }

    func original(_ r: Record) -> String { imagePath(r.original, session: r.session) }
    func edited(_ r: Record) -> String { imagePath(r.edited, session: r.session) }

    private func imagePath(_ source: URL, session: String) -> String {
        options.images == .none ? source.path : "images/\(session)/\(source.lastPathComponent)"
    }

    func fields(_ r: Record) -> [(String, JSONValue)] {
        var fields: [(String, JSONValue)] = [("input_image", .string(original(r))), ("edit_prompt", .string(r.instruction)),
                                             ("edited_image", .string(edited(r))), ("session", .string(r.session)),
                                             ("timestamp", JSONValue(r.timestamp))]
        if options.includePrivate { fields.append(("email", JSONValue(r.email))) }
        return fields
    }

    private func jsonl(_ rows: [Record]) -> String {
        rows.map { JSONWriter.string(.object(JSONObject(fields($0)))) + "\n" }.joined()
    }

    private func csv(_ rows: [Record]) -> String {
        guard let first = rows.first else { return "" }
        let header = fields(first).map(\.0).joined(separator: ",") + "\r\n"
        return header + rows.map { row in fields(row).map { CSVField.escaped($0.1.csvText) }.joined(separator: ",") + "\r\n" }.joined()
    }
}
