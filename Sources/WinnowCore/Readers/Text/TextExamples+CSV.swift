/// A CSV (or TSV) of labelled texts: a header row, then records. The text column is the one named
/// text, sentence, utterance, query or prompt (else the first); the label column label, category,
/// intent or class (else the second). A record with another number of fields is reported and skipped.
extension TextExamples {
    static let textColumns = ["text", "sentence", "utterance", "query", "prompt"]
    static let labelColumns = ["label", "category", "intent", "class"]

    mutating func readCSV(_ text: String, separator: Character) {
        let parsed = CSVRecords(text, separator: separator)
        if let line = parsed.unclosedQuoteLine { report(line, "a quote opened here is never closed; the rest of the file is one field") }
        guard let header = parsed.records.first else {
            issues.append(Issue(.error, "text.empty", "no header row", location: file))
            return
        }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let textColumn = Self.textColumns.lazy.compactMap { names.firstIndex(of: $0) }.first ?? 0
        let labelColumn = Self.labelColumns.lazy.compactMap { names.firstIndex(of: $0) }.first ?? (names.count > 1 ? 1 : nil)
        for (number, record) in parsed.records.dropFirst().enumerated() {
            guard record.fields.count == names.count else {
                report(record.line, "\(record.fields.count) fields where the header has \(names.count)")
                continue
            }
            let labels = labelColumn.map { [Self.classLabel("label", record.fields[$0], confidence: nil, source: source)] } ?? []
            let extra = names.indices.filter { $0 != textColumn && $0 != labelColumn }.map { (header.fields[$0], JSONValue.string(record.fields[$0])) }
            add(id: String(number + 1), line: record.line, content: TextContent(text: record.fields[textColumn]), labels: labels,
                metadata: JSONObject(extra))
        }
    }
}
