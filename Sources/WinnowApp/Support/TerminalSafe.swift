import WinnowCanvas

/// Text from data printed for people passes through here, so control sequences in file names
/// or categories are shown, never obeyed. (JSON output is escaped by the JSON writer instead.)
package enum TerminalSafe {
    /// Tab-separated fields, each made safe on its own (the tabs between them are real).
    package static func row(_ fields: [String]) -> String {
        fields.map(text).joined(separator: "\t")
    }

    package static func text(_ s: String) -> String {
        s.split(separator: "\n", omittingEmptySubsequences: false).map { TerminalText.sanitized(String($0)) }.joined(separator: "\n")
    }
}
