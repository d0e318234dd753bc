/// Items per minute of a reviewer over their last session: the latest run of verdicts with no
/// pause longer than `pause` between two of them.
public struct ReviewerThroughput: Equatable, Sendable {
    public var reviewer: String
    public var verdicts: Int
    public var minutes: Double

    /// nil for a session under a minute: too short for a pace that means anything.
    public var perMinute: Double? { minutes >= 1 ? Double(verdicts) / minutes : nil }

    public static let pause: Double = 15 * 60

    public static func lastSessions(_ ledgers: [CurationLedger]) -> [ReviewerThroughput] {
        var times: [String: [Double]] = [:]
        for ledger in ledgers {
            for event in ledger.events.values where !ledger.undone.contains(event.seq) {
                guard case .verdict = event.action, let t = JournalTime.seconds(event.time) else { continue }
                times[event.reviewer, default: []].append(t)
            }
        }
        return times.keys.sorted().map { reviewer in
            let sorted = times[reviewer]!.sorted()
            var start = sorted.count - 1
            while start > 0, sorted[start] - sorted[start - 1] <= pause { start -= 1 }
            let session = sorted[start...]
            return ReviewerThroughput(reviewer: reviewer, verdicts: session.count, minutes: (session.last! - session.first!) / 60)
        }
    }
}
