import Foundation

/// A fake perceptual hasher for batch tests: FNV-1a of the file's bytes, refusing files that
/// start with "bad", and counting its calls (from any thread).
final class HashCallCounter: @unchecked Sendable {
    struct Refusal: Error, CustomStringConvertible {
        let path: String
        var description: String { "\(path): not an image" }
    }

    private let lock = NSLock()
    private var calls: [String] = []

    var callCount: Int { lock.withLock { calls.count } }

    func hash(_ url: URL) throws -> UInt64 {
        lock.withLock { calls.append(url.lastPathComponent) }
        let bytes = try [UInt8](Data(contentsOf: url))
        if bytes.starts(with: Array("bad".utf8)) { throw Refusal(path: url.path) }
        return bytes.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01B3 }
    }
}
