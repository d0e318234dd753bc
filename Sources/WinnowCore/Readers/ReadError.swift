import Foundation

/// A dataset that cannot be read at all (as opposed to `Issue`s, which are reported and skipped).
/// The message names the file, and the line where there is one.
public struct ReadError: Error, Equatable, Sendable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }

    /// `path:line: not valid JSON (column …)`, as every JSON reader words it.
    init(json error: JSONParseError, in url: URL) {
        self.init("\(url.path):\(error.line): not valid JSON (column \(error.column): \(error.message))")
    }
    public var description: String { message }
}
