import WinnowApp
import Foundation
import WinnowCore

/// The audit report for people: counts, then precision with its interval.
enum AuditReportText {
    static func render(_ r: AuditReport) -> String {
        var lines = [
            "tier \(r.tier): \(r.population) items, \(r.sampled) sampled, \(r.reviewed) reviewed (\(r.good) good, \(r.bad) bad)",
        ]
        if let precision = r.precision, let interval = r.interval {
            lines.append("precision \(percent(precision)) (95 % Wilson interval \(percent(interval.lower)) to \(percent(interval.upper)))")
        } else {
            lines.append("precision unknown: no sampled item has a good or bad verdict yet")
        }
        return lines.joined(separator: "\n")
    }

    private static func percent(_ value: Double) -> String {
        String(format: "%.1f %%", value * 100)
    }
}
