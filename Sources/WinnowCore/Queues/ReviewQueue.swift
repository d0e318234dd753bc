/// Orders items into a named queue. Doubtful first: an item without confidence counts as the
/// most doubtful; ties keep dataset order, so every queue is deterministic.
public enum ReviewQueue {
    public static func order(_ name: QueueName, _ entries: [QueueEntry]) -> [Int] {
        switch name {
        case .triage: return byDoubt(entries.filter { !$0.reviewed }, tierFirst: true)
        case .high: return byDoubt(entries.filter { $0.tier == .high }, tierFirst: false)
        case .medium: return byDoubt(entries.filter { $0.tier == .medium }, tierFirst: false)
        case .low: return byDoubt(entries.filter { $0.tier == .low }, tierFirst: false)
        case .flagged: return entries.filter(\.flagged).map(\.index)
        case .disagreements: return entries.filter(\.disputed).map(\.index)
        case .audit:
            return entries.compactMap { e in e.auditPosition.map { (e.index, $0) } }.sorted { $0.1 < $1.1 }.map(\.0)
        case .all: return entries.map(\.index)
        case .duplicates: return entries.filter(\.duplicated).map(\.index)
        case .conflicts: return entries.filter(\.conflicting).map(\.index)
        case .modelDisagrees where entries.contains { $0.eventDisagreementMM != nil }:
            return byLargestEventDisagreement(entries)
        case .modelDisagrees:
            return byDoubt(entries.filter { !$0.reviewed && $0.disagreementScores.keys.contains { $0 != .match } }, tierFirst: false)
        case .missed: return bySurestDisagreement(.falsePositive, entries)
        case .wrongClass: return bySurestDisagreement(.wrongClass, entries)
        case .placement: return bySurestDisagreement(.poorPlacement, entries)
        }
    }

    /// Unreviewed drill runs whose events stand more than 0.5 mm from a model's, the farthest first.
    static let eventAgreementMM = 0.5

    private static func byLargestEventDisagreement(_ entries: [QueueEntry]) -> [Int] {
        var runs: [(index: Int, mm: Double)] = []
        for e in entries where !e.reviewed {
            if let mm = e.eventDisagreementMM, mm > eventAgreementMM { runs.append((e.index, mm)) }
        }
        runs.sort { a, b in a.mm != b.mm ? a.mm > b.mm : a.index < b.index }
        return runs.map(\.index)
    }

    /// Sorts plain keys, not the entries: a million entries each holding a dictionary are slow to move.
    private static func byDoubt(_ entries: [QueueEntry], tierFirst: Bool) -> [Int] {
        var keys = entries.map { e in (tier: tierFirst ? rank(e.tier) : 0, confidence: e.confidence ?? -1, index: e.index) }
        keys.sort { a, b in
            if a.tier != b.tier { return a.tier < b.tier }
            return a.confidence != b.confidence ? a.confidence < b.confidence : a.index < b.index
        }
        return keys.map(\.index)
    }

    /// Unreviewed items with a disagreement of this kind, its highest score first, then by doubt.
    private static func bySurestDisagreement(_ kind: Disagreement, _ entries: [QueueEntry]) -> [Int] {
        entries.compactMap { e in e.reviewed ? nil : e.disagreementScores[kind].map { (e, $0) } }.sorted { a, b in
            if a.1 != b.1 { return a.1 > b.1 }
            let ca = a.0.confidence ?? -1, cb = b.0.confidence ?? -1
            return ca != cb ? ca < cb : a.0.index < b.0.index
        }.map(\.0.index)
    }

    private static func rank(_ tier: Tier) -> Int {
        switch tier {
        case .low: return 0
        case .medium: return 1
        case .high: return 2
        }
    }
}
