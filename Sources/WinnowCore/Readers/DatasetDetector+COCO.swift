import Foundation

extension DatasetDetector {
    private static let peekLimit = 1 << 20
    private static let imagesKey = Array("\"images\"".utf8)

    /// A JSON object with an `"images"` key within its first megabyte. COCO results files (a
    /// bare list of detections) are not datasets by themselves and do not match.
    static func looksLikeCOCO(_ url: URL) -> Bool {
        guard SystemCalls.isRegularFile(url.path), let handle = try? FileHandle(forReadingFrom: url) else { return false }
        defer { try? handle.close() }
        var prefix: [UInt8] = []
        while prefix.count < peekLimit, let chunk = try? handle.read(upToCount: 64 * 1024), !chunk.isEmpty {
            prefix += chunk
            guard let first = prefix.first(where: { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }) else { continue }
            guard first == UInt8(ascii: "{") else { return false }
            if contains(imagesKey, in: prefix) { return true }
        }
        return false
    }

    private static func contains(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
        guard haystack.count >= needle.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<start + needle.count].elementsEqual(needle) { return true }
        }
        return false
    }
}
