import Foundation
import WinnowApp
import WinnowCore

/// One measured figure as the README and `--json` report it: what, how much, the budget it is held
/// to (same unit; derived from the peer's value when the budget is a ratio), and the tool users
/// would otherwise reach for with its value on the same input in the same run.
struct BenchFigure {
    var name: String
    var value: Double
    var unit: String
    var budget: Double?
    var peer: String?
    var peerValue: Double?

    /// `{"name","value","unit","budget","peer","peer_value"}`, absent parts as null.
    var json: JSONValue {
        .object(JSONObject([
            ("name", JSONValue(name)), ("value", JSONValue(value)), ("unit", JSONValue(unit)),
            ("budget", budget.map { JSONValue($0) } ?? .null), ("peer", peer.map { JSONValue($0) } ?? .null),
            ("peer_value", peerValue.map { JSONValue($0) } ?? .null),
        ]))
    }

    /// One aligned line: value, budget and the peer as a ratio.
    var line: String {
        var text = name.padding(toLength: 34, withPad: " ", startingAt: 0) + String(format: "%10.3f %-4@", value, unit as NSString)
        if let budget { text += String(format: "  budget %.3f%@", budget, value <= budget ? "" : " (over)") }
        if let peer, let peerValue, peerValue > 0 {
            text += String(format: "  %@ %.3f (%.2fx)", peer as NSString, peerValue, value / peerValue)
        }
        return text
    }

    static func print(_ figures: [BenchFigure], json: Bool) {
        if json {
            JSONOutput.print(.array(figures.map(\.json)), pretty: true)
        } else {
            for figure in figures { Swift.print(figure.line) }
        }
    }
}
