import Foundation

/// The lines of a Setitec file being written: cells joined by the layout's separator, lines padded
/// with empty cells the way controllers pad them.
struct SetitecTextBuilder {
    let separator: String
    private(set) var lines: [String] = []

    init(separator: String) { self.separator = separator }

    mutating func section(_ name: String, width: Int) { row(["*** \(name) ***"], width: width) }

    /// `cells`, then empty cells up to `width` (real files pad most lines to the section's width).
    mutating func row(_ cells: [String], width: Int = 0) {
        let padding = Array(repeating: "", count: max(0, width - cells.count))
        lines.append((cells + padding).joined(separator: separator))
    }

    /// A filler line of `width` empty cells.
    mutating func blank(width: Int) { row([], width: width) }

    /// Truly empty lines, as in the split v4 header.
    mutating func emptyLines(_ count: Int) { lines += Array(repeating: "", count: count) }

    var text: String { lines.joined(separator: "\n") + "\n" }

    /// `-0,684` (decimal comma) or `-0.684`.
    static func number(_ value: Double, decimals: Int, comma: Bool = true) -> String {
        // Values that round to zero print as 0, not -0.
        let text = String(format: "%.\(decimals)f", abs(value) < 0.5 * pow(10, -Double(decimals)) ? 0 : value)
        return comma ? text.replacingOccurrences(of: ".", with: ",") : text
    }
}
