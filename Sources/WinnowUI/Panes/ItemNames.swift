import WinnowCanvas

/// Item names that keep the part telling them apart: the prefix all items share is dropped, and a
/// name too long for its room loses its middle, not its end (`src__abyss…ST_1874_1.xls`).
enum ItemNames {
    /// Ids without the longest prefix they all share, cut back to a separator (`/ _ - .`) so
    /// a word is not split; unchanged when fewer than two ids or nothing worth dropping.
    static func withoutSharedPrefix(_ ids: [String]) -> [String] {
        guard ids.count > 1, var prefix = ids.first.map(Array.init) else { return ids }
        for id in ids.dropFirst() {
            let chars = Array(id)
            var n = 0
            while n < min(prefix.count, chars.count), prefix[n] == chars[n] { n += 1 }
            prefix = Array(prefix.prefix(n))
            if prefix.isEmpty { return ids }
        }
        let separators: Set<Character> = ["/", "_", "-", "."]
        guard let cut = prefix.lastIndex(where: { separators.contains($0) }), cut >= 3 else { return ids }
        return ids.map { String($0.dropFirst(cut + 1)).isEmpty ? $0 : String($0.dropFirst(cut + 1)) }
    }

    /// A pane title: the path elided in the middle so the details after it (size, tier) fit in
    /// a pane `width` columns wide.
    static func title(_ path: String, details: String, paneWidth width: Int) -> String {
        let room = max(8, width - 4 - DisplayWidth.of(details))
        return elided(TerminalText.sanitized(path), toWidth: room) + details
    }

    /// The name in `width` columns: whole if it fits, else its start, `…`, and its end (the end
    /// gets two thirds: run numbers and extensions live there).
    static func elided(_ name: String, toWidth width: Int) -> String {
        guard width > 0 else { return "" }
        guard DisplayWidth.of(name) > width else { return name }
        guard width > 4 else { return TerminalText.truncated(name, toWidth: width) }
        let tailWidth = (width - 1) * 2 / 3
        let headWidth = width - 1 - tailWidth
        var tail = ""
        var used = 0
        for c in name.reversed() {
            let w = DisplayWidth.of(c)
            if used + w > tailWidth { break }
            tail.insert(c, at: tail.startIndex)
            used += w
        }
        let head = TerminalText.truncated(name, toWidth: headWidth + 1).dropLast()
        return head + "…" + tail
    }
}
