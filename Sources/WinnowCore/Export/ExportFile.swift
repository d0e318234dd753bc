import Foundation

/// A file an export writes: text it made, or an image provided from its source.
public struct ExportFile: Sendable {
    public enum Content: Sendable {
        case bytes([UInt8])
        /// Bytes made in parts, written one after another: a 100 MB document is never joined
        /// (its 100 MB of fresh pages took half a second to zero on this virtual machine).
        case parts([[UInt8]])
        /// An image provided as a link to its source (hard where possible, else symbolic).
        case link(URL)
        /// An image provided as a copy of its source.
        case copy(URL)
    }

    /// Relative to the export folder.
    public var path: String
    public var content: Content

    public init(_ path: String, text: String) { self.init(path, .bytes(Array(text.utf8))) }

    public init(_ path: String, _ content: Content) {
        self.path = path
        self.content = content
    }
}
