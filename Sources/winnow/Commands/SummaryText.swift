import WinnowApp
import Foundation
import WinnowCore

/// The summary for people: the same numbers as `--json`, one topic per line.
enum SummaryText {
    static func render(_ summary: JSONValue) -> String {
        func n(_ key: String) -> Int { summary[key]?.intValue ?? 0 }
        func pairs(_ key: String) -> String {
            guard let object = summary[key]?.objectValue, !object.isEmpty else { return "none" }
            return object.pairs.map { "\($0.key) \($0.value.intValue ?? 0)" }.joined(separator: ", ")
        }
        return ([
            "\(summary["path"]?.stringValue ?? "") (\(summary["kind"]?.stringValue ?? ""))",
            "items      \(n("items"))",
            "labels     \(n("labels"))",
            "categories \(pairs("categories"))",
            "tiers      \(pairs("tiers"))",
            "verdicts   \(pairs("verdicts"))",
            "reviewers  \(pairs("reviewers"))",
            "issues     \(pairs("issues"))",
        ] + quality(summary["quality"]) + screenshots(summary["screenshots"]) + agreement(summary["agreement"]) + predictions(summary["predictions"])).map(TerminalSafe.text).joined(separator: "\n")
    }

    /// The quality dimensions, two decimals; duplicate groups of text examples when there are any.
    private static func quality(_ q: JSONValue?) -> [String] {
        guard let pairs = q?.objectValue?.pairs else { return [] }
        return ["quality    " + pairs.map { "\($0.key) \(String(format: "%.2f", $0.value.doubleValue ?? 0))" }.joined(separator: ", ")]
    }

    /// Seed 000's coverage of GUI states, source mix and verification.
    private static func screenshots(_ m: JSONValue?) -> [String] {
        guard let m else { return [] }
        let uncovered = (m["uncovered_states"]?.arrayValue ?? []).compactMap(\.stringValue)
        return [String(format: "screens    coverage %.2f of %d states", m["coverage"]?.doubleValue ?? 0, m["states"]?.intValue ?? 0)
                + (uncovered.isEmpty ? "" : " (uncovered: \(uncovered.joined(separator: ", ")))")
                + ", labels automated \(m["source_mix"]?["automated"]?.intValue ?? 0) / human \(m["source_mix"]?["human"]?.intValue ?? 0)"
                + String(format: ", verified %.2f", m["verification"]?.doubleValue ?? 0)]
    }

    /// With `--predictions`: the models and the disagreements of each kind, by tier.
    private static func predictions(_ p: JSONValue?) -> [String] {
        guard let p, let tiers = p["by_tier"]?.objectValue else { return [] }
        let models = (p["models"]?.arrayValue ?? []).compactMap(\.stringValue).joined(separator: ", ")
        return ["models     \(models) (\(p["boxes"]?.intValue ?? 0) boxes)"] + tiers.pairs.map { tier in
            let kinds = (tier.value.objectValue?.pairs ?? []).map { "\($0.key) \($0.value.intValue ?? 0)" }.joined(separator: ", ")
            return "  \(tier.key.padding(toLength: 8, withPad: " ", startingAt: 0)) \(kinds)"
        }
    }

    /// Shown once two reviewers have rated an item.
    private static func agreement(_ a: JSONValue?) -> [String] {
        guard let items = a?["items"]?.intValue, items > 0 else { return [] }
        let kappa = a?["kappa"]?.doubleValue.map { String(format: "%.2f", $0) } ?? "undefined"
        return ["agreement  \(items) items rated by 2+ reviewers, \(String(format: "%.1f", a?["percent"]?.doubleValue ?? 0))% agree, kappa \(kappa)"]
    }
}
