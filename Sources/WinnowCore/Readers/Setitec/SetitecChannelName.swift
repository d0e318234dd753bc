import Foundation

/// A data-table header name split into what it measures and its unit: "I Torque (A)" -> "I Torque",
/// "A"; "Step (nb)" -> "Step", "nb"; "Stop code" -> "Stop code", "".
enum SetitecChannelName {
    static func split(_ header: String) -> (name: String, unit: String) {
        guard header.hasSuffix(")"), let open = header.range(of: " (", options: .backwards) else { return (header, "") }
        let unit = header[open.upperBound..<header.index(before: header.endIndex)]
        return (String(header[..<open.lowerBound]), String(unit))
    }
}
