import Foundation

extension PairExport {
    /// Reads the tables back from their bytes, as a trainer would: every line parses, names an
    /// input image, an instruction and an edited image that the export provides, the rows are the
    /// records in order, no session sits in two splits, and without `--include-private` no e-mail
    /// address of a session appears anywhere. Returns the problems (none: the export is sound).
    public func readBack(emails: Set<String>) -> [String] {
        var problems: [String] = []
        let files = self.files
        let provided = Set(files.map(\.path))
        var seen: [String: String] = [:]
        for file in files where file.path.hasSuffix(".jsonl") || file.path.hasSuffix(".csv") {
            guard case .bytes(let bytes) = file.content else { continue }
            let text = String(decoding: bytes, as: UTF8.self)
            let rows = options.format == .csv ? csvRows(text) : jsonRows(text, file: file.path, problems: &problems)
            let split = String(file.path.split(separator: ".")[0])
            for row in rows {
                guard let input = row["input_image"], let prompt = row["edit_prompt"], let output = row["edited_image"], let session = row["session"] else {
                    problems.append("\(file.path): a row without input_image, edit_prompt, edited_image or session")
                    continue
                }
                if options.images != .none, !provided.contains(input) || !provided.contains(output) {
                    problems.append("\(file.path): \(session) names an image the export does not hold")
                }
                if prompt.isEmpty && !(records.first { $0.session == session }?.instruction.isEmpty ?? false) {
                    problems.append("\(file.path): \(session) lost its instruction")
                }
                if let other = seen[session], other != split { problems.append("\(session) is in \(other) and \(split)") }
                seen[session] = split
            }
            if !options.includePrivate, let leaked = emails.first(where: { !$0.isEmpty && text.contains($0) }) {
                problems.append("\(file.path): holds the e-mail address \(PairContent.masked(leaked))")
            }
        }
        if seen.count != records.count { problems.append("\(seen.count) sessions read back, \(records.count) written") }
        return problems
    }

    private func jsonRows(_ text: String, file: String, problems: inout [String]) -> [[String: String]] {
        text.split(separator: "\n").enumerated().compactMap { number, line in
            guard case .object(let o)? = try? JSONParser.parse(String(line)) else {
                problems.append("\(file):\(number + 1): not a JSON object")
                return nil
            }
            return Dictionary(o.pairs.compactMap { pair in pair.value.stringValue.map { (pair.key, $0) } }, uniquingKeysWith: { a, _ in a })
        }
    }

    private func csvRows(_ text: String) -> [[String: String]] {
        let records = CSVRecords(text, separator: ",").records
        guard let header = records.first?.fields else { return [] }
        return records.dropFirst().map { Dictionary(zip(header, $0.fields).map { ($0, $1) }, uniquingKeysWith: { a, _ in a }) }
    }
}
