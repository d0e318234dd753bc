/// The container format of an image file, told by its first bytes (the extension is only a
/// fallback when the bytes match nothing: a PNG with a damaged signature should still get
/// libpng's own diagnosis, not "unknown format").
enum ImageFormat: Equatable {
    case png, jpeg, webp, gif, bmp, tiff, unknown

    /// Bytes needed to recognise every format above.
    static let sniffLength = 12

    static func detect(header: ArraySlice<UInt8>, path: String) -> ImageFormat {
        let format = fromMagic(header.prefix(sniffLength))
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

    /// Each format's first bytes (and where they start), made once: a check of 100k files made
    /// these arrays for every file.
    private static let magic: [(bytes: [UInt8], at: Int, format: ImageFormat)] = [
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], 0, .png),
        ([0xFF, 0xD8, 0xFF], 0, .jpeg),
        (Array("GIF87a".utf8), 0, .gif), (Array("GIF89a".utf8), 0, .gif),
        (Array("II".utf8) + [0x2A, 0x00], 0, .tiff), (Array("MM".utf8) + [0x00, 0x2A], 0, .tiff),
        (Array("BM".utf8), 0, .bmp),
    ]
    private static let riffMagic = Array("RIFF".utf8), webpMagic = Array("WEBP".utf8)

    private static func fromMagic(_ header: ArraySlice<UInt8>) -> ImageFormat {
        func starts(_ prefix: [UInt8], at offset: Int) -> Bool {
            header.count >= offset + prefix.count && header.dropFirst(offset).prefix(prefix.count).elementsEqual(prefix)
        }
        if starts(riffMagic, at: 0) && starts(webpMagic, at: 8) { return .webp }
        return magic.first { starts($0.bytes, at: $0.at) }?.format ?? .unknown
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
