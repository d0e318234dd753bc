/// Turns PNG and JPEG files into RGBA pixels. The format is told by the file's first bytes,
/// not its name; anything else is refused with a message that says what it is.
public enum ImageDecoder {
    public static func decode(fileAt path: String) throws(ImageDecodeError) -> RGBAImage {
        let bytes = try ImageFileBytes.contents(ofFile: path)
        return try decode(bytes, path: path)
    }

    /// Decodes bytes already in memory; `path` is only used to name the file in errors.
    public static func decode(_ bytes: [UInt8], path: String) throws(ImageDecodeError) -> RGBAImage {
        guard !bytes.isEmpty else {
            throw ImageDecodeError(path: path, reason: "empty file (0 bytes), not an image", kind: .corrupt)
        }
        let format = ImageFormat.detect(header: bytes.prefix(ImageFormat.sniffLength), path: path)
        switch format {
        case .png:
            return try PNGDecoder.decode(bytes, path: path)
        case .jpeg:
            return try JPEGDecoder.decode(bytes, path: path)
        case .unknown:
            throw ImageDecodeError(path: path, reason: "unknown image format (PNG and JPEG are supported)",
                                   kind: .unsupportedFormat)
        case .webp, .gif, .bmp, .tiff:
            throw ImageDecodeError(path: path, reason: "\(format.displayName) images are not supported (PNG and JPEG are)",
                                   kind: .unsupportedFormat)
        }
    }
}
