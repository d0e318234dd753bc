import Foundation

/// A fresh folder under the system temp directory, removed when the value goes away (or by `remove()`).
public final class TemporaryFolder {
    public let url: URL

    public init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("winnow-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { remove() }

    public func remove() { try? FileManager.default.removeItem(at: url) }
    public func delete() { remove() }

    public func file(_ relative: String) -> URL { url.appendingPathComponent(relative) }
    public func path(_ relative: String) -> String { file(relative).path }

    /// Writes `bytes` at `relative`, creating folders on the way.
    @discardableResult
    public func write(_ relative: String, bytes: [UInt8]) throws -> URL {
        let file = url.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
        return file
    }

    @discardableResult
    public func write(_ relative: String, text: String) throws -> URL {
        try write(relative, bytes: Array(text.utf8))
    }

    /// Writes `bytes` at `name` and returns its path.
    public func write(_ bytes: [UInt8], to name: String) throws -> String {
        try write(name, bytes: bytes).path
    }

    public func copy(_ source: URL, to relative: String) throws {
        try write(relative, bytes: [UInt8](try Data(contentsOf: source)))
    }

    public func makeFolder(_ relative: String) throws {
        try FileManager.default.createDirectory(at: url.appendingPathComponent(relative), withIntermediateDirectories: true)
    }
}
