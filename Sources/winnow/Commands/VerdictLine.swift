import WinnowApp
import WinnowCore

/// One line of `winnow verdict PATH --from FILE`: `ITEM good|bad|skip [note...]`. Blank lines
/// and lines starting with `#` are skipped.
enum VerdictLine: Equatable {
    case blank
    case verdict(item: String, verdict: Verdict, note: String?)
    /// What is wrong, for `FILE:LINE: ...`.
    case bad(String)

    static func parse(_ bytes: ArraySlice<UInt8>) -> VerdictLine {
        guard let text = String(validating: bytes, as: UTF8.self) else { return .bad("not UTF-8 text") }
        let trimmed = text.drop { $0.isWhitespace }
        if trimmed.isEmpty || trimmed.hasPrefix("#") { return .blank }
        let fields = trimmed.split(maxSplits: 2, omittingEmptySubsequences: true) { $0.isWhitespace }
        guard fields.count >= 2 else { return .bad("expected ITEM good|bad|skip [note], got '\(TerminalSafe.text(String(trimmed)))'") }
        guard let verdict = Verdict(rawValue: String(fields[1])) else {
            return .bad("verdict must be good, bad or skip, not '\(TerminalSafe.text(String(fields[1])))'")
        }
        let note = fields.count == 3 ? String(fields[2]).trimmingWhitespace() : nil
        return .verdict(item: String(fields[0]), verdict: verdict, note: note?.isEmpty == false ? note : nil)
    }
}

private extension String {
    func trimmingWhitespace() -> String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
