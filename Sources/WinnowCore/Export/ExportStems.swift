/// Output file names for exported images: the source file's stem with anything but letters,
/// digits, `.`, `-` and `_` replaced by `_` (trainers and shells trip over the rest). Stems that
/// would collide, ignoring case (`a.png` and `a.jpg`, or two folders' `shot.png`), are made
/// unique deterministically: the first item in order of its key (the item id, unique in the
/// workspace) keeps the stem, the others get `-` and 8 hex digits of their key's SHA-256, which
/// depends on nothing else in the export.
public enum ExportStems {
    public static func assign(_ items: [(path: String, key: String)]) -> [String] {
        var stems = items.concurrentMap { sanitized(stem(of: $0.path)) }
        // The first item of each stem, and the groups of those that collide (few): no array per stem.
        var first: [String: Int] = Dictionary(minimumCapacity: items.count)
        var colliding: [String: [Int]] = [:]
        for index in stems.indices {
            let key = lowercased(stems[index])
            if let earlier = first[key] { colliding[key, default: [earlier]].append(index) } else { first[key] = index }
        }
        for indices in colliding.values {
            for index in indices.sorted(by: { items[$0].key < items[$1].key }).dropFirst() {
                stems[index] += "-" + String(SHA256.hex(of: Array(items[index].key.utf8)).prefix(8))
            }
        }
        return stems
    }

    /// The lowercased extension of the file at `path` ("png" when it has none).
    public static func fileExtension(of path: String) -> String {
        let name = lastComponent(path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "png" }
        return lowercased(name[name.index(after: dot)...])
    }

    /// `lowercased()`, without its Unicode work for names that are lowercase ASCII already.
    private static func lowercased(_ text: some StringProtocol) -> String {
        text.utf8.allSatisfy({ $0 < 0x80 && !(0x41...0x5A).contains($0) }) ? String(text) : text.lowercased()
    }

    static func stem(of path: String) -> String {
        let name = lastComponent(path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return String(name) }
        return String(name[..<dot])
    }

    static func sanitized(_ stem: String) -> String {
        let plain = stem.utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte == 0x2E || byte == 0x2D || byte == 0x5F
        }
        if plain, !stem.isEmpty, stem.utf8.contains(where: { $0 != 0x2E }) { return stem }  // nothing to replace: the usual case
        let kept = String(stem.unicodeScalars.map { scalar -> Character in
            let allowed = scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                || scalar == "." || scalar == "-" || scalar == "_")
            return allowed ? Character(scalar) : "_"
        })
        return kept.isEmpty || kept.allSatisfy({ $0 == "." }) ? "image" : kept
    }

    private static func lastComponent(_ path: String) -> Substring {
        if let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) {
            let name = path[path.index(after: slash)...]
            if !name.isEmpty { return name }
        }
        return path.split(separator: "/").last ?? Substring(path)
    }
}
