/// Output file names for exported images: the source file's stem with anything but letters,
/// digits, `.`, `-` and `_` replaced by `_` (trainers and shells trip over the rest). Stems that
/// would collide, ignoring case (`a.png` and `a.jpg`, or two folders' `shot.png`), are made
/// unique deterministically: the first item in order of its key (the item id, unique in the
/// workspace) keeps the stem, the others get `-` and 8 hex digits of their key's SHA-256, which
/// depends on nothing else in the export.
public enum ExportStems {
    public static func assign(_ items: [(path: String, key: String)]) -> [String] {
        var stems = items.map { sanitized(stem(of: $0.path)) }
        let byStem = Dictionary(grouping: items.indices, by: { stems[$0].lowercased() })
        for (_, indices) in byStem where indices.count > 1 {
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
        return name[name.index(after: dot)...].lowercased()
    }

    static func stem(of path: String) -> String {
        let name = lastComponent(path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return String(name) }
        return String(name[..<dot])
    }

    static func sanitized(_ stem: String) -> String {
        let kept = String(stem.unicodeScalars.map { scalar -> Character in
            let allowed = scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                || scalar == "." || scalar == "-" || scalar == "_")
            return allowed ? Character(scalar) : "_"
        })
        return kept.isEmpty || kept.allSatisfy({ $0 == "." }) ? "image" : kept
    }

    private static func lastComponent(_ path: String) -> Substring {
        path.split(separator: "/").last ?? Substring(path)
    }
}
