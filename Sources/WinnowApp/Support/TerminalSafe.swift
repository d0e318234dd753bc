import WinnowCanvas

/// Text from data printed for people passes through here, so control sequences in file names
/// or categories are shown, never obeyed. (JSON output is escaped by the JSON writer instead.)
package enum TerminalSafe {
    /// Tab-separated fields, each made safe on its own (the tabs between them are real).
    package static func row(_ fields: [String]) -> String {
        fields.map(text).joined(separator: "\t")
    }

    /// Made safe, then padded with spaces to `width` columns as the terminal shows it (an escaped
    /// control character takes two, a CJK character two, a combining mark none).
    package static func padded(_ s: String, toWidth width: Int) -> String {
        let safe = text(s)
        return safe + String(repeating: " ", count: max(0, width - DisplayWidth.of(safe)))
    }

    /// Columns the safe form of `s` takes.
    package static func width(_ s: String) -> Int { DisplayWidth.of(text(s)) }

    package static func text(_ s: String) -> String {
        s.split(separator: "\n", omittingEmptySubsequences: false).map { TerminalText.sanitized(String($0)) }.joined(separator: "\n")
    }
}
