import Foundation

/// Reads an image's pixel size from its file header without decoding it: PNG, JPEG, WebP, GIF.
/// Used when labels record no size (or 0x0); nil means the file is missing, unreadable, of another
/// format, or its header is corrupt.
public enum ImageHeader {
    static let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// What the header says: the format (from the signature) and a size of at least 1x1.
    public struct Facts: Equatable, Sendable {
        public let kind: ImageFileKind
        public let width: Int
        public let height: Int
    }

    public static func size(of url: URL) -> (width: Int, height: Int)? {
        facts(of: url).map { ($0.width, $0.height) }
    }

    public static func facts(of url: URL) -> Facts? {
        guard var prefix = ImageFilePrefix(url: url) else { return nil }
        defer { prefix.close() }
        let kind: ImageFileKind
        let size: (width: Int, height: Int)?
        if prefix.matches(pngSignature, at: 0) {
            (kind, size) = (.png, pngSize(&prefix))
        } else if prefix.byte(at: 0) == 0xFF, prefix.byte(at: 1) == 0xD8 {
            (kind, size) = (.jpeg, jpegSize(&prefix))
        } else if prefix.matches("RIFF", at: 0), prefix.matches("WEBP", at: 8) {
            (kind, size) = (.webp, webpSize(&prefix))
        } else if prefix.matches("GIF87a", at: 0) || prefix.matches("GIF89a", at: 0) {
            (kind, size) = (.gif, gifSize(&prefix))
        } else {
            return nil
        }
        guard let size, size.width > 0, size.height > 0 else { return nil }
        return Facts(kind: kind, width: size.width, height: size.height)
    }
}
