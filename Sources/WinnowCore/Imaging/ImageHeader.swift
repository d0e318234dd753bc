import Foundation

/// Reads an image's pixel size from its file header without decoding it: PNG, JPEG, WebP, GIF.
/// Used when labels record no size (or 0x0); nil means the file is missing, unreadable, of another
/// format, or its header is corrupt.
public enum ImageHeader {
    static let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    public static func size(of url: URL) -> (width: Int, height: Int)? {
        guard var prefix = ImageFilePrefix(url: url) else { return nil }
        defer { prefix.close() }
        let size: (width: Int, height: Int)?
        if prefix.matches(pngSignature, at: 0) {
            size = pngSize(&prefix)
        } else if prefix.byte(at: 0) == 0xFF, prefix.byte(at: 1) == 0xD8 {
            size = jpegSize(&prefix)
        } else if prefix.matches("RIFF", at: 0), prefix.matches("WEBP", at: 8) {
            size = webpSize(&prefix)
        } else if prefix.matches("GIF87a", at: 0) || prefix.matches("GIF89a", at: 0) {
            size = gifSize(&prefix)
        } else {
            size = nil
        }
        guard let size, size.width > 0, size.height > 0 else { return nil }
        return size
    }
}
