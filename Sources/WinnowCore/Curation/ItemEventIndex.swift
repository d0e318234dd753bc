/// Which events touch each item (by its number in `LedgerEvents.items`), in the order they were
/// applied: a multimap flattened into one array of back-links, so a replay of a million events
/// does not allocate an array per item.
struct ItemEventIndex: Sendable {
    private struct Link: Sendable {
        var seq: Int
        /// The item's previous link, or -1.
        var previous: Int32
    }

    /// Per item number, its newest link (-1: none).
    private var newest: [Int32] = []
    private var links: [Link] = []

    mutating func reserveCapacity(events: Int) {
        links.reserveCapacity(links.count + events)
    }

    mutating func append(_ seq: Int, item: Int) {
        if item >= newest.count { newest.append(contentsOf: repeatElement(-1, count: item - newest.count + 1)) }
        links.append(Link(seq: seq, previous: newest[item]))
        newest[item] = Int32(links.count - 1)
    }

    var isEmpty: Bool { links.isEmpty }

    func contains(_ item: Int) -> Bool { item < newest.count && newest[item] >= 0 }

    /// The item's events, newest first; stops early when `body` returns false.
    func forEachNewestFirst(_ item: Int, _ body: (Int) -> Bool) {
        guard item < newest.count else { return }
        var link = newest[item]
        while link >= 0 {
            let entry = links[Int(link)]
            if !body(entry.seq) { return }
            link = entry.previous
        }
    }

    /// The item's events, oldest first.
    func seqs(of item: Int) -> [Int] {
        var result: [Int] = []
        forEachNewestFirst(item) { result.append($0); return true }
        return result.reversed()
    }
}
