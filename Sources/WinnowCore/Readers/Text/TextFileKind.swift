import Foundation

/// The text layouts Winnow reads, told apart by extension and content.
enum TextFileKind: String, Sendable {
    /// One JSON object per line: prompt/response (seed 003), labelled text (seed 001), or
    /// instruction tasks (Alpaca); told apart line by line by their keys.
    case jsonLines
    /// A JSON array of seed 001 examples, or an object of splits holding `[text, label]` pairs.
    case json
    /// A header row, then a text and a label column.
    case csv
    /// Token-per-line BIO tags, a blank line between sentences.
    case conll

    static func of(_ url: URL) -> TextFileKind? {
        switch url.pathExtension.lowercased() {
        case "jsonl": return .jsonLines
        case "csv", "tsv": return .csv
        case "conll", "bio": return .conll
        case "json": return looksLikeTextJSON(url) ? .json : nil
        default: return looksLikeCoNLL(url) ? .conll : nil
        }
    }

    /// The head of a `.json` file opens with an array of objects holding `text`, or an object
    /// whose first value is an array of `[text, label]` pairs (CLINC150's splits).
    static func looksLikeTextJSON(_ url: URL) -> Bool {
        guard let head = head(url, bytes: 4096) else { return false }
        let compact = head.filter { !$0.isWhitespace }
        return (compact.hasPrefix("[{") && compact.contains("\"text\":")) || (compact.hasPrefix("{\"") && compact.contains(":[[\""))
    }

    /// Most of the first lines are `token<space or tab>TAG` with BIO tags, and blank lines part sentences.
    static func looksLikeCoNLL(_ url: URL) -> Bool {
        guard let head = head(url, bytes: 16_384) else { return false }
        let lines = head.split(whereSeparator: \.isNewline).prefix(200)
        let tagged = lines.filter { line in
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard fields.count >= 2, let tag = fields.last else { return false }
            return tag == "O" || tag.hasPrefix("B-") || tag.hasPrefix("I-")
        }
        return lines.count >= 3 && tagged.count * 10 >= lines.count * 9
    }

    private static func head(_ url: URL, bytes: Int) -> String? {
        guard SystemCalls.isRegularFile(url.path), let handle = try? FileHandle(forReadingFrom: url) else { return nil }  // a FIFO would block
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: bytes) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}
