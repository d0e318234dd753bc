import Foundation

/// A fresh folder under the system temp directory, removed when the value goes away (or by `remove()`).
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("winnow-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { remove() }

    func remove() { try? FileManager.default.removeItem(at: url) }

    func file(_ relative: String) -> URL { url.appendingPathComponent(relative) }

    /// Writes `bytes` at `relative`, creating folders on the way.
    @discardableResult
    func write(_ relative: String, bytes: [UInt8]) throws -> URL {
        let file = url.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
        return file
    }

    @discardableResult
    func write(_ relative: String, text: String) throws -> URL {
        try write(relative, bytes: Array(text.utf8))
    }

    func copy(_ source: URL, to relative: String) throws {
        try write(relative, bytes: [UInt8](try Data(contentsOf: source)))
    }

    func makeFolder(_ relative: String) throws {
        try FileManager.default.createDirectory(at: url.appendingPathComponent(relative), withIntermediateDirectories: true)
    }
}
