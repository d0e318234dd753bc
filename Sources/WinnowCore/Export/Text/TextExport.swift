/// A text dataset's export: the examples chosen (`TextExportSelection`), written
/// (`TextExportWriter`), and read back from the bytes to check every example arrived whole.
public struct TextExport: Sendable {
    public let records: [TextExportRecord]
    public let files: [ExportFile]

    public init(_ snapshot: ReviewSnapshot, items: [Int], options: TextExportOptions) {
        records = TextExportSelection.records(snapshot, items: items, options: options)
        files = TextExportWriter.files(records, options: options)
    }

    /// True when pairs and labelled texts are mixed (one hf dataset has one set of columns).
    public var mixesKinds: Bool { records.contains { $0.prompt != nil } && records.contains { $0.prompt == nil } }

    /// Examples per split, for the summary and provenance.
    public var counts: [String: Int] { Dictionary(grouping: records, by: \.split).mapValues(\.count) }

    /// Reads the written bytes back: every example once, with its fields; problems as sentences.
    public func readBack(options: TextExportOptions) -> [String] {
        var problems: [String] = []
        for file in files {
            guard case .bytes(let bytes) = file.content else { continue }
            let text = String(decoding: bytes, as: UTF8.self)
            let expected = records.filter { options.split == nil || file.path.hasPrefix($0.split + ".") || file.path == "examples.csv" }
            let found: Int
            switch file.path.split(separator: ".").last {
            case "jsonl"?:
                let lines = text.split(separator: "\n")
                found = lines.count
                for (line, record) in zip(lines, expected) where (try? JSONParser.parse(String(line))) != TextExportWriter.json(record, chat: options.chat, uniform: options.format == .hf) {
                    problems.append("\(file.path): the example \(record.id) does not read back as written")
                }
            case "csv"?: found = max(0, CSVRecords(text).records.count - 1)
            case "conll"?:
                var issues: [Issue] = []
                found = CoNLLSentences(text, file: file.path, issues: &issues).sentences.count
            case "json"? where file.path != "dataset_info.json": found = (try? JSONParser.parse(text))?.arrayValue?.count ?? -1
            default: continue
            }
            let wanted = options.format == .conll ? expected.filter { $0.text.map { !$0.allSatisfy(\.isWhitespace) } ?? false }.count : expected.count
            if found != wanted { problems.append("\(file.path): \(found) examples read back, \(wanted) written") }
        }
        return problems
    }
}
