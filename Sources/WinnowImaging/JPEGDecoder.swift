import CJPEG

/// JPEG through libjpeg-turbo. The libjpeg calls live in C (Sources/CJPEG/shim.h) because its
/// error handler must longjmp; here we only size the buffer and turn messages into errors.
enum JPEGDecoder {
    static func decode(_ bytes: [UInt8], path: String) throws(ImageDecodeError) -> RGBAImage {
        try bytes.withUnsafeBufferPointer { decode(memory: $0, path: path) }.get()
    }

    private static func decode(memory: UnsafeBufferPointer<UInt8>, path: String) -> Result<RGBAImage, ImageDecodeError> {
        var message = [CChar](repeating: 0, count: 256)
        var width: Int32 = 0, height: Int32 = 0
        let sized = winnow_jpeg_read_size(memory.baseAddress, UInt(memory.count), &width, &height, &message, message.count)
        guard sized != 0 else { return .failure(corrupt(message, path)) }
        do {
            try ImageSizeLimit.check(width: Int(width), height: Int(height), path: path, format: "JPEG")
        } catch {
            return .failure(error)
        }
        var decoded = false
        let pixels = [UInt8](unsafeUninitializedCapacity: Int(width) * Int(height) * 4) { buffer, count in
            buffer.initialize(repeating: 0)
            count = buffer.count
            decoded = winnow_jpeg_decode_rgba(memory.baseAddress, UInt(memory.count), buffer.baseAddress,
                                              width, height, &message, message.count) != 0
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
