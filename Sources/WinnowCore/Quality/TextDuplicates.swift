/// Exact duplicates (the same normalised text), near duplicates (MinHash over character 3-grams,
/// 64 hashes in 16 bands of 4, a pair kept when at least 70% of the hashes agree) and label
/// conflicts (a group of either kind whose members carry different labels) among text items.
/// Groups hold item indices, in item order. No model: hashing only, linear in the texts.
public struct TextDuplicates: Sendable {
    public private(set) var exact: [[Int]] = []
    public private(set) var near: [[Int]] = []
    public private(set) var conflicts: [[Int]] = []

    static let hashes = 64
    static let bands = 16
    static let similarity = 0.7

    public init() {}

    /// Each item's share of the findings, as problems (`text.duplicate`, `text.near-duplicate`,
    /// `text.label-conflict`) naming the other items.
    func issues(_ items: [ReviewItem]) -> [Int: [Issue]] {
        var found: [Int: [Issue]] = [:]
        func add(_ groups: [[Int]], _ code: String, _ text: (String) -> String) {
            for group in groups {
                for index in group {
                    let others = group.filter { $0 != index }.prefix(5).map { items[$0].id }.joined(separator: ", ")
                    found[index, default: []].append(Issue(.warning, code, text(others + (group.count > 6 ? ", …" : "")), location: items[index].path))
                }
            }
        }
        add(exact, "text.duplicate") { "the same text as \($0)" }
        add(near, "text.near-duplicate") { "nearly the same text as \($0)" }
        add(conflicts, "text.label-conflict") { "the same or nearly the same text as \($0) carries another label" }
        return found
    }

    public init(items: [ReviewItem]) {
        let texts = items.indices.compactMap { i in Self.text(of: items[i]).map { (i, TextFingerprint($0)) } }
        let normalized = Dictionary(uniqueKeysWithValues: texts.map { ($0.0, $0.1.normalized) })
        var byText: [String: [Int]] = [:]
        for (index, print) in texts where !print.normalized.isEmpty { byText[print.normalized, default: []].append(index) }
        exact = byText.values.filter { $0.count > 1 }.map { $0.sorted() }.sorted { $0[0] < $1[0] }
        // Near duplicates among one representative per exact text.
        let representatives = texts.filter { byText[$0.1.normalized]?.first == $0.0 && !$0.1.normalized.isEmpty }
        let signatures = representatives.map { Self.signature($0.1.shingles) }
        var groups = DisjointSets(count: representatives.count)
        var buckets: [Int: [Int]] = [:]
        let rows = Self.hashes / Self.bands
        for (r, signature) in signatures.enumerated() {
            for band in 0..<Self.bands {
                var hasher = Hasher()
                hasher.combine(band)
                for row in 0..<rows { hasher.combine(signature[band * rows + row]) }
                buckets[hasher.finalize(), default: []].append(r)
            }
        }
        for members in buckets.values where members.count > 1 {
            for other in members.dropFirst() where Self.agreement(signatures[members[0]], signatures[other]) >= Self.similarity {
                groups.join(members[0], other)
            }
        }
        let byRoot = Dictionary(grouping: representatives.indices) { groups.root(of: $0) }
        near = byRoot.values.filter { $0.count > 1 }.map { set in set.map { representatives[$0].0 }.sorted() }.sorted { $0[0] < $1[0] }
        // A near group stands for every item of each of its texts.
        let expanded = near.map { group in group.flatMap { byText[normalized[$0] ?? ""] ?? [$0] }.sorted() }
        conflicts = (exact + expanded).filter { group in Set(group.map { Self.labels(of: items[$0]) }).count > 1 }
    }

    /// What a duplicate is judged by: the text, else the prompt and response together.
    static func text(of item: ReviewItem) -> String? {
        guard let content = item.textContent else { return nil }
        return content.text ?? [content.prompt, content.response].compactMap { $0 }.joined(separator: "\n")
    }

    /// An item's labels as compared for conflicts: categories of its whole-text labels.
    static func labels(of item: ReviewItem) -> [String] {
        item.labels.filter { $0.span == nil && !$0.rejected }.map(\.category).sorted()
    }

    static func signature(_ shingles: Set<UInt64>) -> [UInt64] {
        (0..<hashes).map { seed in
            let salt = UInt64(seed) &* 0x9E37_79B9_7F4A_7C15 &+ 0x632B_E59B_D9B4_E019
            return shingles.lazy.map { mix($0 ^ salt) }.min() ?? 0
        }
    }

    /// SplitMix64's finaliser: a well-spread 64-bit hash.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    static func agreement(_ a: [UInt64], _ b: [UInt64]) -> Double {
        Double(zip(a, b).filter { $0 == $1 }.count) / Double(a.count)
    }
}
