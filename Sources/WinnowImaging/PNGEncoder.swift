import CPNG

/// Writes RGBA8 PNGs with libpng's simplified API. The output carries no time stamp, so the
/// same pixels always give the same bytes (the sample generator's content ids rely on that).
public enum PNGEncoder {
    public static func write(_ image: RGBAImage, to path: String) throws(ImageEncodeError) {
        var png = header(for: image)
        defer { png_image_free(&png) }
        let written = image.pixels.withUnsafeBytes {
            png_image_write_to_file(&png, path, 0, $0.baseAddress, Int32(image.width * 4), nil)
        }
        guard written != 0 else { throw failure(&png, path) }
    }

    /// The PNG file's bytes, for hashing before the file is named.
    public static func encode(_ image: RGBAImage) throws(ImageEncodeError) -> [UInt8] {
        var png = header(for: image)
        defer { png_image_free(&png) }
        var size = 0
        // First pass with no buffer asks libpng how many bytes the file needs.
        let measured = image.pixels.withUnsafeBytes {
            png_image_write_to_memory(&png, nil, &size, 0, $0.baseAddress, Int32(image.width * 4), nil)
        }
        guard measured != 0 else { throw failure(&png, "<memory>") }
        var written: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            written = image.pixels.withUnsafeBytes {
                png_image_write_to_memory(&png, buffer.baseAddress, &size, 0, $0.baseAddress, Int32(image.width * 4), nil)
            }
            count = written != 0 ? size : 0
        }
        guard written != 0 else { throw failure(&png, "<memory>") }
        return bytes
    }

    private static func header(for image: RGBAImage) -> png_image {
        var png = png_image()
        png.version = winnow_png_image_version()
        png.width = UInt32(image.width)
        png.height = UInt32(image.height)
        png.format = winnow_png_format_rgba()
        return png
    }

    private static func failure(_ png: inout png_image, _ path: String) -> ImageEncodeError {
        let message = withUnsafeBytes(of: &png.message) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        return ImageEncodeError(path: path, reason: "cannot write PNG: \(message.isEmpty ? "unknown error" : message)")
    }
}
