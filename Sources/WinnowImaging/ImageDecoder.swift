/// Turns PNG and JPEG files into RGBA pixels. The format is told by the file's first bytes,
/// not its name; anything else is refused with a message that says what it is.
public enum ImageDecoder {
    /// `atLeast`: the image may come out smaller than it is, down to this size (JPEG is decoded
    /// at 1/2, 1/4 or 1/8 where that is still large enough; PNG always in full).
    public static func decode(fileAt path: String, atLeast: (width: Int, height: Int)? = nil) throws(ImageDecodeError) -> RGBAImage {
        let bytes = try ImageFileBytes.contents(ofFile: path)
        return try decode(bytes, path: path, atLeast: atLeast)
    }

    /// Decodes bytes already in memory; `path` is only used to name the file in errors.
    public static func decode(_ bytes: [UInt8], path: String, atLeast: (width: Int, height: Int)? = nil) throws(ImageDecodeError) -> RGBAImage {
        guard !bytes.isEmpty else {
            throw ImageDecodeError(path: path, reason: "empty file (0 bytes), not an image", kind: .corrupt)
        }
        let format = ImageFormat.detect(header: bytes.prefix(ImageFormat.sniffLength), path: path)
        if let unsupported = unsupported(format, path: path) { throw unsupported }
        return format == .png ? try PNGDecoder.decode(bytes, path: path) : try JPEGDecoder.decode(bytes, path: path, atLeast: atLeast)
    }

    /// The error `decode` would give for a file of a format it does not decode, told from the
    /// first bytes alone (a quick check for reports that do not decode every image); nil for
    /// PNG, JPEG, and files that cannot be read (decoding reports those).
    public static func unsupportedFormat(ofFile path: String) -> ImageDecodeError? {
        guard let head = ImageFileBytes.prefix(ofFile: path, count: ImageFormat.sniffLength), !head.isEmpty else { return nil }
        return unsupported(ImageFormat.detect(header: head[...], path: path), path: path)
    }

    private static func unsupported(_ format: ImageFormat, path: String) -> ImageDecodeError? {
        switch format {
        case .png, .jpeg:
            return nil
        case .unknown:
            return ImageDecodeError(path: path, reason: "unknown image format (PNG and JPEG are supported)", kind: .unsupportedFormat)
        case .webp, .gif, .bmp, .tiff:
            return ImageDecodeError(path: path, reason: "\(format.displayName) images are not supported (PNG and JPEG are)",
                                    kind: .unsupportedFormat)
        }
    }
}
