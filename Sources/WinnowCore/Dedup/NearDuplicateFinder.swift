/// Groups images that are exact copies (same content hash) or near copies (perceptual hashes at
/// most `threshold` bits apart), transitively: if A is near B and B near C, all three are one
/// group even when A and C are further apart.
///
/// The default threshold, 4 of 64 bits, lies between copies and different screens as measured
/// on the real web screenshots (Tests/WinnowImagingTests/PerceptualHashTests): copies resized to
/// half or re-saved as JPEG (quality 75) move 0-4 bits, and two Cloudflare challenge pages that
/// differ only in the site name are 1 apart; of the other 252 pairs of the 23 screens the closest is 8
/// (two near-blank bot-check pages), five more are 10-13, the rest 15 or more. A higher threshold
/// starts joining such sparse pages, and the transitive join lets one false pair merge two groups.
/// Known miss: brightening a near-white page flattens its faint edges (up to 7 bits).
public struct NearDuplicateFinder: Sendable {
    public static let defaultThreshold = 4

    public let threshold: Int

    public init(threshold: Int = NearDuplicateFinder.defaultThreshold) {
        precondition((0..<64).contains(threshold), "the threshold is a number of bits, 0..<64")
        self.threshold = threshold
    }

    /// Groups of two or more keys, each group's keys ascending, groups ordered by their smallest
    /// key. Keys are expected to be unique.
    public func groups(_ images: [ImageFingerprint]) -> [[Int]] {
        var sets = DisjointSets(count: images.count)
        joinSameContent(images, &sets)
        let distinct = joinSamePerceptualHash(images, &sets)
        if threshold > 0 { joinCloseHashes(distinct, &sets) }
        return keyGroups(images, &sets)
    }

    /// The number of bits in which two hashes differ.
    public static func hamming(_ a: UInt64, _ b: UInt64) -> Int { (a ^ b).nonzeroBitCount }

    private func joinSameContent(_ images: [ImageFingerprint], _ sets: inout DisjointSets) {
        var first: [String: Int] = [:]
        for (index, image) in images.enumerated() {
            guard let hash = image.contentHash else { continue }
            if let earlier = first[hash] { sets.join(earlier, index) } else { first[hash] = index }
        }
    }

    /// Joins equal perceptual hashes and returns each distinct hash once, with one image that
    /// carries it, so banding never meets a bucket of identical copies.
    private func joinSamePerceptualHash(_ images: [ImageFingerprint],
                                        _ sets: inout DisjointSets) -> [(hash: UInt64, image: Int)] {
        let hashed = images.indices.compactMap { i in images[i].perceptualHash.map { (hash: $0, image: i) } }
            .sorted { ($0.hash, $0.image) < ($1.hash, $1.image) }
        var distinct: [(hash: UInt64, image: Int)] = []
        for entry in hashed {
            if let last = distinct.last, last.hash == entry.hash { sets.join(last.image, entry.image) } else { distinct.append(entry) }
        }
        return distinct
    }

    /// For each band, sorts the distinct hashes by that band's value and compares only hashes
    /// that share it.
    private func joinCloseHashes(_ distinct: [(hash: UInt64, image: Int)], _ sets: inout DisjointSets) {
        precondition(distinct.count < 1 << 32, "band keys pack the index in 32 bits")
        let bands = HashBands(threshold: threshold)
        for band in 0..<bands.count {
            let keyed = distinct.indices.map { bands.value(of: distinct[$0].hash, band: band) << 32 | UInt64($0) }.sorted()
            var start = 0
            while start < keyed.count {
                var end = start + 1
                while end < keyed.count, keyed[end] >> 32 == keyed[start] >> 32 { end += 1 }
                if end - start > 1 { joinClose(keyed[start..<end].map { Int($0 & 0xFFFF_FFFF) }, distinct, &sets) }
                start = end
            }
        }
    }

    private func joinClose(_ bucket: [Int], _ distinct: [(hash: UInt64, image: Int)], _ sets: inout DisjointSets) {
        for i in bucket.indices {
            for j in bucket.index(after: i)..<bucket.endIndex
            where Self.hamming(distinct[bucket[i]].hash, distinct[bucket[j]].hash) <= threshold {
                sets.join(distinct[bucket[i]].image, distinct[bucket[j]].image)
            }
        }
    }

    private func keyGroups(_ images: [ImageFingerprint], _ sets: inout DisjointSets) -> [[Int]] {
        let roots = images.indices.map { sets.root(of: $0) }
        var sizes = [Int](repeating: 0, count: images.count)
        for root in roots { sizes[root] += 1 }
        var members: [Int: [Int]] = [:]
        for index in images.indices where sizes[roots[index]] > 1 { members[roots[index], default: []].append(images[index].key) }
        return members.values.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    }
}
