import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The cache file (`.winnow/phash.tsv`): a version line, then one
/// `path <TAB> size <TAB> mtime-ns <TAB> 16 hex digits` line per image, sorted by path so that
/// saving the same cache twice writes the same bytes.
extension PerceptualHashCache {
    /// Change the version whenever `PerceptualHash` changes: a file with another first line is
    /// ignored, so no hash from an older algorithm is ever mixed with new ones.
    static let header = "# winnow perceptual hashes v1 (dHash 9x8): path, size, mtime-ns, hash"

    /// Loads what it can: a missing file is an empty cache; bad lines are skipped and listed
    /// in `problems`.
    public init(contentsOf url: URL) {
        self.init()
        guard let data = FileManager.default.contents(atPath: url.path) else {
            if FileManager.default.fileExists(atPath: url.path) { problems.append("\(url.path): cannot read the cache file") }
            return
        }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first == Substring(Self.header) else {
            if !data.isEmpty { problems.append("\(url.path):1: not a version-1 perceptual hash cache; hashing again") }
            return
        }
        for (index, line) in lines.enumerated().dropFirst() where !line.isEmpty {
            guard let (path, stamp, hash) = Self.parse(line) else {
                problems.append("\(url.path):\(index + 1): not a `path<TAB>size<TAB>mtime-ns<TAB>hash` line, skipped")
                continue
            }
            record(hash, forPath: path, stamp: stamp)
        }
    }

    /// Writes a temporary file beside `url` and renames it over `url` (`StateFile`), so a reader sees
    /// either the old cache or the new one, never half of one. Creates the folder if needed.
    public func save(to url: URL) throws {
        guard StateFile.replace(url, with: Array(text.utf8)) else { throw POSIXError(.EIO) }
    }

    /// The file's contents.
    var text: String {
        var text = Self.header + "\n"
        for path in entries.keys.sorted() {
            let (stamp, hash) = entries[path]!
            text += "\(path)\t\(stamp.size)\t\(stamp.modifiedNanoseconds)\t\(Self.hex(hash))\n"
        }
        return text
    }

    static func hex(_ hash: UInt64) -> String {
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    private static func parse(_ line: Substring) -> (String, FileStamp, UInt64)? {
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
        guard fields.count == 4, !fields[0].isEmpty,
              let size = Int64(fields[1]), size >= 0, let modified = Int64(fields[2]),
              fields[3].count == 16, fields[3].allSatisfy(\.isHexDigit), let hash = UInt64(fields[3], radix: 16)
        else { return nil }
        return (String(fields[0]), FileStamp(size: size, modifiedNanoseconds: modified), hash)
    }
}
