import Foundation

/// `training-log.jsonl`: one `{"timestamp","instruction","sessionId"}` line per session, by session id.
struct PairTrainingLog {
    struct Line {
        let number: Int
        let instruction: String?
        let timestamp: String?
    }

    private(set) var lines: [String: Line] = [:]
    let exists: Bool

    init(_ url: URL, issues: inout [Issue]) {
        guard let data = DataFile.contents(url) else {
            exists = false
            return
        }
        exists = true
        let name = url.lastPathComponent
        for (offset, raw) in String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = offset + 1
            let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty else { continue }
            guard case .object(let object)? = try? JSONParser.parse(text) else {
                issues.append(Issue(.error, "pair.bad-log-line", "not a JSON object", location: "\(name):\(number)"))
                continue
            }
            guard let session = object["sessionId"]?.stringValue, !session.isEmpty else {
                issues.append(Issue(.error, "pair.bad-log-line", "no sessionId", location: "\(name):\(number)"))
                continue
            }
            if lines[session] != nil {
                issues.append(Issue(.warning, "pair.log-repeated", "session \(session) was logged before", location: "\(name):\(number)"))
                continue
            }
            lines[session] = Line(number: number, instruction: object["instruction"]?.stringValue, timestamp: object["timestamp"]?.stringValue)
        }
    }
}
