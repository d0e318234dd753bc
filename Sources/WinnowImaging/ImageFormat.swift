/// The container format of an image file, told by its first bytes (the extension is only a
/// fallback when the bytes match nothing: a PNG with a damaged signature should still get
/// libpng's own diagnosis, not "unknown format").
enum ImageFormat: Equatable {
    case png, jpeg, webp, gif, bmp, tiff, unknown

    /// Bytes needed to recognise every format above.
    static let sniffLength = 12

    static func detect(header: ArraySlice<UInt8>, path: String) -> ImageFormat {
        let format = fromMagic(Array(header.prefix(sniffLength)))
        return format == .unknown ? fromExtension(of: path) : format
    }

    /// The name used in "X images are not supported".
    var displayName: String {
        switch self {
        case .png: "PNG"
        case .jpeg: "JPEG"
        case .webp: "WebP"
        case .gif: "GIF"
        case .bmp: "BMP"
        case .tiff: "TIFF"
        case .unknown: "unknown"
        }
    }

    private static func fromMagic(_ b: [UInt8]) -> ImageFormat {
        func starts(_ prefix: [UInt8], at offset: Int = 0) -> Bool {
            b.count >= offset + prefix.count && Array(b[offset..<offset + prefix.count]) == prefix
        }
        if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if starts([0xFF, 0xD8, 0xFF]) { return .jpeg }
        if starts(Array("RIFF".utf8)) && starts(Array("WEBP".utf8), at: 8) { return .webp }
        if starts(Array("GIF87a".utf8)) || starts(Array("GIF89a".utf8)) { return .gif }
        if starts(Array("II".utf8) + [0x2A, 0x00]) || starts(Array("MM".utf8) + [0x00, 0x2A]) { return .tiff }
        if starts(Array("BM".utf8)) { return .bmp }
        return .unknown
    }

    private static func fromExtension(of path: String) -> ImageFormat {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return .unknown }
        switch path[path.index(after: dot)...].lowercased() {
        case "png": return .png
        case "jpg", "jpeg", "jpe", "jfif": return .jpeg
        case "webp": return .webp
        case "gif": return .gif
        case "bmp": return .bmp
        case "tif", "tiff": return .tiff
        default: return .unknown
        }
    }
}
