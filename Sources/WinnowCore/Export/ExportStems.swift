/// Output file names for exported images: the source file's stem with anything but letters,
/// digits, `.`, `-` and `_` replaced by `_` (trainers and shells trip over the rest). Stems that
/// would collide, ignoring case (`a.png` and `a.jpg`, or two folders' `shot.png`), are made
/// unique deterministically: the first source path in sorted order keeps the stem, the others get
/// `-` and 8 hex digits of their path's SHA-256, which depends on nothing else in the export.
public enum ExportStems {
    public static func assign(sourcePaths paths: [String]) -> [String] {
        var stems = paths.map { sanitized(stem(of: $0)) }
        let byKey = Dictionary(grouping: paths.indices, by: { stems[$0].lowercased() })
        for (_, indices) in byKey where indices.count > 1 {
            let ordered = indices.sorted { paths[$0] < paths[$1] }
            for index in ordered.dropFirst() {
                stems[index] += "-" + String(SHA256.hex(of: Array(paths[index].utf8)).prefix(8))
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
