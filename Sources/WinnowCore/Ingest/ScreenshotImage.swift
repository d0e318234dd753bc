import Foundation

/// A record's screenshot as the dataset will hold it: content id, format and size from its header.
public struct ScreenshotImage: Equatable, Sendable {
    /// First 16 hex digits of the SHA-256 of the file's bytes: the same screenshot is one image.
    public let id: String
    public let source: URL
    public let kind: ImageFileKind
    public let width: Int
    public let height: Int

    /// `images/<id>.<ext>`, the extension from the content (a JPEG called `.png` becomes `.jpg`).
    public var imagePath: String { "images/\(id).\(kind.fileExtension)" }
    public var annotationsPath: String { "annotations/\(id).json" }

    /// Throws the reason ("does not exist", ...) when the file is missing or not an image Winnow knows.
    public static func load(_ url: URL) throws(IngestFailure) -> ScreenshotImage {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            let what = FileManager.default.fileExists(atPath: url.path) ? "cannot be read" : "does not exist"
            throw IngestFailure(what)
        }
        guard let facts = ImageHeader.facts(of: url) else {
            throw IngestFailure("has no readable PNG, JPEG, WebP or GIF header")
        }
        return ScreenshotImage(id: contentID(of: [UInt8](data)), source: url, kind: facts.kind, width: facts.width, height: facts.height)
    }

    public static func contentID(of bytes: [UInt8]) -> String { String(SHA256.hex(of: bytes).prefix(16)) }
}
