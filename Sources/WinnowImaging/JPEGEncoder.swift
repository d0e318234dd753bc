import CJPEG

/// Encodes JPEGs with libjpeg-turbo, so tests can make gray, RGB and CMYK fixtures without
/// shipping binary files and the samples can hold photos as users' data does.
public enum JPEGEncoder {
    /// An opaque image as an RGB JPEG (alpha is dropped).
    public static func encode(_ image: RGBAImage, quality: Int = 90) throws(ImageEncodeError) -> [UInt8] {
        var rgb = [UInt8](repeating: 0, count: image.width * image.height * 3)
        for pixel in 0..<(image.width * image.height) {
            for channel in 0..<3 { rgb[pixel * 3 + channel] = image.pixels[pixel * 4 + channel] }
        }
        return try encode(rgb, width: image.width, height: image.height, as: .rgb, quality: quality)
    }

    /// The color model of the samples handed to `encode`.
    enum Samples: Int32 {
        case gray = 1
        case rgb = 3
        /// Four bytes per pixel, stored inverted as Adobe writes it (255 = no ink).
        case adobeCMYK = 4
    }

    static func encode(_ samples: [UInt8], width: Int, height: Int, as model: Samples,
                       quality: Int = 95) throws(ImageEncodeError) -> [UInt8] {
        precondition(samples.count == width * height * Int(model.rawValue), "sample count must match the size")
        var message = [CChar](repeating: 0, count: 256)
        var output: UnsafeMutablePointer<UInt8>? = nil
        var size: UInt = 0
        let ok = samples.withUnsafeBufferPointer {
            winnow_jpeg_encode($0.baseAddress, Int32(width), Int32(height), model.rawValue, Int32(quality),
                               &output, &size, &message, message.count)
        }
        defer { winnow_jpeg_free(output) }
        guard ok != 0, let output else {
            let text = String(decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            throw ImageEncodeError(path: "<memory>", reason: "cannot write JPEG: \(text)")
        }
        return Array(UnsafeBufferPointer(start: output, count: Int(size)))
    }
}
