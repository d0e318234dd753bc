/// Exact duplicates (the same normalised text), near duplicates (MinHash over character 3-grams,
/// 64 hashes in 16 bands of 4, pairs compared within buckets of at most 64, a pair kept when at
/// least 70% of the hashes agree) and label conflicts (a group of either kind whose members carry
/// different labels) among text items. Groups hold item indices, in item order. No model: hashing
/// only, about linear in the texts.
public struct TextDuplicates: Sendable {
    public private(set) var exact: [[Int]] = []
    public private(set) var near: [[Int]] = []
    public private(set) var conflicts: [[Int]] = []

    static let hashes = 64
    static let bands = 16
    static let similarity = 0.7
    /// A bucket with more texts than this is skipped.
    static let crowdedBucket = 64

    public init() {}

    /// Each item's share of the findings, as problems (`text.duplicate`, `text.near-duplicate`,
    /// `text.label-conflict`) naming the other items.
    public func issues(_ items: [ReviewItem]) -> [Int: [Issue]] {
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
        let texts = Self.fingerprints(items)
        let normalized = Dictionary(uniqueKeysWithValues: texts.map { ($0.0, $0.1.normalized) })
        var byText: [String: [Int]] = [:]
        for (index, print) in texts where !print.normalized.isEmpty { byText[print.normalized, default: []].append(index) }
        exact = byText.values.filter { $0.count > 1 }.map { $0.sorted() }.sorted { $0[0] < $1[0] }
        // Near duplicates among one representative per exact text.
        let representatives = texts.filter { byText[$0.1.normalized]?.first == $0.0 && !$0.1.normalized.isEmpty }
        let signatures = representatives.map(\.1.signature)
        var groups = Self.nearGroups(signatures)
        let byRoot = Dictionary(grouping: representatives.indices) { groups.root(of: $0) }
        near = byRoot.values.filter { $0.count > 1 }.map { set in set.map { representatives[$0].0 }.sorted() }.sorted { $0[0] < $1[0] }
        // A near group stands for every item of each of its texts.
        let expanded = near.map { group in group.flatMap { byText[normalized[$0] ?? ""] ?? [$0] }.sorted() }
        let conflicting = (exact + expanded).filter { group in Set(group.map { Self.labels(of: items[$0]) }).count > 1 }
        // An exact group inside a near one that conflicts is the same finding: kept once, the larger.
        conflicts = conflicting.filter { group in !conflicting.contains { $0.count > group.count && Set(group).isSubset(of: $0) } }
    }

    /// Texts joined when their signatures agree enough. Per band: each text's key from its 4
    /// hashes, sorted, so texts sharing a key are neighbours, and every pair of a run compared. A
    /// crowded run only says its texts share common 3-grams (the minimum of a frequent one): it is
    /// skipped, since true near duplicates meet in most bands.
    private static func nearGroups(_ signatures: [[UInt64]]) -> DisjointSets {
        var groups = DisjointSets(count: signatures.count)
        let rows = hashes / bands
        for band in 0..<bands {
            var keys = signatures.indices.map { r -> (key: UInt64, text: Int) in
                var key = mix(UInt64(band))
                for row in 0..<rows { key = mix(key ^ signatures[r][band * rows + row]) }
                return (key, r)
            }
            keys.sort { $0.key < $1.key }
            var start = 0
            while start < keys.count {
                var end = start + 1
                while end < keys.count && keys[end].key == keys[start].key { end += 1 }
                if end - start > 1 && end - start <= crowdedBucket {
                    for i in start..<end {
                        for j in (i + 1)..<end
                        where groups.root(of: keys[i].text) != groups.root(of: keys[j].text)
                            && agreement(signatures[keys[i].text], signatures[keys[j].text]) >= similarity {
                            groups.join(keys[i].text, keys[j].text)
                        }
                    }
                }
                start = end
            }
        }
        return groups
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

    /// The 64 hash functions: x·a + b with odd multipliers, from a fixed seed.
    static let multipliers: [UInt64] = (0..<hashes).map { mix(UInt64($0) &* 2 &+ 1) | 1 }
    static let offsets: [UInt64] = (0..<hashes).map { mix(UInt64($0) &+ 0x5851_F42D_4C95_7F2D) }

    /// The fingerprint of every item with a text, worked out on all cores.
    static func fingerprints(_ items: [ReviewItem]) -> [(Int, TextFingerprint)] {
        let prints = items.concurrentMap { text(of: $0).map(TextFingerprint.init) }
        return prints.indices.compactMap { i in prints[i].map { (i, $0) } }
    }

    static func signature(_ shingles: [UInt64]) -> [UInt64] {
        var minima = [UInt64](repeating: .max, count: hashes)
        multipliers.withUnsafeBufferPointer { a in
            offsets.withUnsafeBufferPointer { b in
                minima.withUnsafeMutableBufferPointer { m in
                    for shingle in shingles {
                        for k in 0..<hashes { m[k] = min(m[k], shingle &* a[k] &+ b[k]) }
                    }
                }
            }
        }
        return minima
    }

    /// SplitMix64's finaliser: a well-spread 64-bit hash.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    static func agreement(_ a: [UInt64], _ b: [UInt64]) -> Double {
        var same = 0
        for k in a.indices where a[k] == b[k] { same += 1 }
        return Double(same) / Double(a.count)
    }
}
