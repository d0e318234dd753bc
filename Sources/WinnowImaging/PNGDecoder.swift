import CPNG

/// PNG through libpng's simplified API: it reports every error as a message in the image
/// struct, so no setjmp is needed. Critical-chunk CRC errors (e.g. a bad IDAT CRC) are fatal
/// under its defaults. Files tagged with a gAMA chunk come out re-encoded to sRGB, as libpng
/// composes them for display; untagged files (nearly all screenshots) keep their samples.
///
/// libpng 1.6's 16-bit-to-8-bit path garbles Adam7-interlaced 16-bit files (pnggroup/libpng
/// issue 853), so those are read as 16-bit linear and converted here instead.
enum PNGDecoder {
    static func decode(_ bytes: [UInt8], path: String) throws(ImageDecodeError) -> RGBAImage {
        // libpng keeps the memory pointer between begin and finish: both run inside one borrow.
        try bytes.withUnsafeBytes { decode(memory: $0, path: path) }.get()
    }

    private static func decode(memory: UnsafeRawBufferPointer, path: String) -> Result<RGBAImage, ImageDecodeError> {
        var image = png_image()
        image.version = winnow_png_image_version()
        defer { png_image_free(&image) }
        guard png_image_begin_read_from_memory(&image, memory.baseAddress, memory.count) != 0 else {
            return .failure(corrupt(&image, path))
        }
        let width = Int(image.width), height = Int(image.height)
        do {
            try ImageSizeLimit.check(width: width, height: height, path: path, format: "PNG")
        } catch {
            return .failure(error)
        }
        let viaLinear = image.format & winnow_png_format_flag_linear() != 0 && isInterlaced(memory)
        // 8-bit RGBA out; through 16-bit linear first, twice that again.
        let pixels = DecodeMemoryBudget.shared.withReservation(width * height * 4 * (viaLinear ? 3 : 1)) {
            viaLinear ? readViaLinear(&image) : read8Bit(&image)
        }
        guard let pixels else { return .failure(corrupt(&image, path)) }
        return .success(RGBAImage(width: width, height: height, pixels: pixels))
    }

    private static func read8Bit(_ image: inout png_image) -> [UInt8]? {
        image.format = winnow_png_format_rgba()
        let width = Int(image.width), height = Int(image.height)
        var finished = false
        let pixels = [UInt8](unsafeUninitializedCapacity: width * height * 4) { buffer, count in
            buffer.initialize(repeating: 0)  // libpng leaves rows untouched when it stops early
            count = buffer.count
            finished = png_image_finish_read(&image, nil, buffer.baseAddress, Int32(width * 4), nil) != 0
        }
        return finished ? pixels : nil
    }

    private static func readViaLinear(_ image: inout png_image) -> [UInt8]? {
        image.format = winnow_png_format_linear_rgba()
        let width = Int(image.width), height = Int(image.height)
        var linear = [UInt16](repeating: 0, count: width * height * 4)
        // The row stride is counted in components (UInt16s), not bytes.
        let finished = linear.withUnsafeMutableBufferPointer {
            png_image_finish_read(&image, nil, $0.baseAddress, Int32(width * 4), nil) != 0
        }
        guard finished else { return nil }
        return [UInt8](unsafeUninitializedCapacity: linear.count) { buffer, count in
            linear.withUnsafeBufferPointer { LinearRGBA16.toSRGB8($0, into: buffer) }
            count = linear.count
        }
    }

    /// IHDR's interlace byte: signature (8) + length (4) + "IHDR" (4) + 12 bytes of fields.
    private static func isInterlaced(_ memory: UnsafeRawBufferPointer) -> Bool {
        memory.count > 28 && memory[28] != 0
    }

    private static func corrupt(_ image: inout png_image, _ path: String) -> ImageDecodeError {
        let message = withUnsafeBytes(of: &image.message) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
        let detail: String
        switch message {
        case "": detail = "unreadable data"
        case "read beyond end of data": detail = "file is truncated (read beyond end of data)"
        default: detail = message
        }
        return ImageDecodeError(path: path, reason: "corrupt PNG: \(detail)", kind: .corrupt)
    }
}
