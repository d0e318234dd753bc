/// Seed 002's dashboard over image pairs: sessions, images, unique instructions (lower-cased,
/// spaces collapsed), the latest session and the instructions asked most often.
public struct InstructionStats: Equatable, Sendable {
    public let sessions: Int
    public let images: Int
    public let uniqueInstructions: Int
    public let latest: String?
    /// Most frequent first (ties by text), as first written.
    public let frequent: [(instruction: String, count: Int)]

    public init?(items: [ReviewItem], top: Int = 5) {
        let pairs = items.compactMap { item in item.pair.map { (item, $0) } }
        guard !pairs.isEmpty else { return nil }
        sessions = pairs.count
        images = pairs.reduce(0) { $0 + ($1.0.imageURL == nil ? 0 : 1) + ($1.1.editedURL == nil ? 0 : 1) }
        var counts: [String: (shown: String, count: Int)] = [:]
        for (_, pair) in pairs {
            let key = pair.instruction.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
            guard !key.isEmpty else { continue }
            counts[key, default: (pair.instruction, 0)].count += 1
        }
        uniqueInstructions = counts.count
        latest = pairs.compactMap(\.1.timestamp).max()
        frequent = counts.values.sorted { $0.count != $1.count ? $0.count > $1.count : $0.shown < $1.shown }.prefix(top).map { ($0.shown, $0.count) }
    }

    public static func == (a: InstructionStats, b: InstructionStats) -> Bool {
        a.sessions == b.sessions && a.images == b.images && a.uniqueInstructions == b.uniqueInstructions && a.latest == b.latest
            && a.frequent.map(\.instruction) == b.frequent.map(\.instruction) && a.frequent.map(\.count) == b.frequent.map(\.count)
    }
}
