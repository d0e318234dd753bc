/// Perceptual hashes already computed, by path, each valid while the file keeps the size and
/// modification time it had when hashed: a second export of 100k screenshots then stats them
/// instead of decoding them. Stored as text (see `PerceptualHashCache+File`).
public struct PerceptualHashCache: Sendable {
    private(set) var entries: [String: (stamp: FileStamp, hash: UInt64)] = [:]
    /// What was wrong with the file it was loaded from, as `file:line: what is wrong`.
    public internal(set) var problems: [String] = []

    public init() {}

    public var count: Int { entries.count }

    /// The cached hash, or nil when there is none or the file changed since.
    public func hash(forPath path: String, stamp: FileStamp) -> UInt64? {
        guard let entry = entries[path], entry.stamp == stamp else { return nil }
        return entry.hash
    }

    /// Paths with a tab or line break cannot be stored in the file: they are not cached.
    public mutating func record(_ hash: UInt64, forPath path: String, stamp: FileStamp) {
        guard Self.isStorable(path) else { return }
        entries[path] = (stamp, hash)
    }

    static func isStorable(_ path: String) -> Bool {
        !path.isEmpty && !path.contains { $0 == "\t" || $0.isNewline }
    }
}
