import CJPEG

/// JPEG through libjpeg-turbo. The libjpeg calls live in C (Sources/CJPEG/shim.h) because its
/// error handler must longjmp; here we only size the buffer and turn messages into errors.
enum JPEGDecoder {
    /// libjpeg's own memory per decode: a progressive file needs its full-size coefficients
    /// (2 bytes per sample, whatever the scale), enough here for about 64 megapixels of 4:2:0.
    static let maxWorkingBytes = 192_000_000

    /// `atLeast`: decode at the smallest of 1/8, 1/4, 1/2 and full size that is still at least
    /// this large (libjpeg scales in the DCT, so a 1920x1080 photo for a 64x64 grid decodes 8x smaller).
    static func decode(_ bytes: [UInt8], path: String, atLeast: (width: Int, height: Int)? = nil) throws(ImageDecodeError) -> RGBAImage {
        try bytes.withUnsafeBufferPointer { decode(memory: $0, path: path, atLeast: atLeast) }.get()
    }

    private static func decode(memory: UnsafeBufferPointer<UInt8>, path: String, atLeast: (width: Int, height: Int)?) -> Result<RGBAImage, ImageDecodeError> {
        var message = [CChar](repeating: 0, count: 256)
        var width: Int32 = 0, height: Int32 = 0
        let sized = winnow_jpeg_read_size(memory.baseAddress, UInt(memory.count), &width, &height, &message, message.count)
        guard sized != 0 else { return .failure(corrupt(message, path)) }
        do {
            try ImageSizeLimit.check(width: Int(width), height: Int(height), path: path, format: "JPEG")
        } catch {
            return .failure(error)
        }
        let (fullWidth, fullHeight) = (width, height)
        var denominator: Int32 = 1
        if let atLeast {
            for d: Int32 in [8, 4, 2] where denominator == 1 {
                if (Int(width) + Int(d) - 1) / Int(d) >= atLeast.width && (Int(height) + Int(d) - 1) / Int(d) >= atLeast.height { denominator = d }
            }
        }
        if denominator > 1, winnow_jpeg_read_scaled_size(memory.baseAddress, UInt(memory.count), denominator, &width, &height, &message, message.count) == 0 {
            return .failure(corrupt(message, path))
        }
        var decoded = false
        let output = Int(width) * Int(height) * 4
        let working = min(maxWorkingBytes, Int(fullWidth) * Int(fullHeight) * 3 * 2)
        let pixels = DecodeMemoryBudget.shared.withReservation(output + working) {
            [UInt8](unsafeUninitializedCapacity: output) { buffer, count in
                buffer.initialize(repeating: 0)
                count = buffer.count
                decoded = winnow_jpeg_decode_rgba(memory.baseAddress, UInt(memory.count), denominator, buffer.baseAddress,
                                                  width, height, maxWorkingBytes, &message, message.count) != 0
            }
        }
        guard decoded else { return .failure(corrupt(message, path)) }
        return .success(RGBAImage(width: Int(width), height: Int(height), pixels: pixels))
    }

    private static func corrupt(_ message: [CChar], _ path: String) -> ImageDecodeError {
        let text = String(decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return ImageDecodeError(path: path, reason: "corrupt JPEG: \(text.isEmpty ? "unreadable data" : text)",
                                kind: .corrupt)
    }
}
