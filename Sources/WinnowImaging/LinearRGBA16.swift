import Foundation

/// Converts libpng's 16-bit linear RGBA (colour premultiplied by alpha, as the simplified API
/// delivers it) to straight 8-bit sRGB RGBA, the same encoding its 8-bit output uses.
enum LinearRGBA16 {
    static func toSRGB8(_ samples: UnsafeBufferPointer<UInt16>, into out: UnsafeMutableBufferPointer<UInt8>) {
        for pixel in 0..<samples.count / 4 {
            let i = pixel * 4
            let alpha = samples[i + 3]
            out[i + 3] = UInt8((Int(alpha) * 255 + 32767) / 65535)
            guard alpha > 0 else {
                out[i] = 0; out[i + 1] = 0; out[i + 2] = 0
                continue
            }
            for channel in 0..<3 {
                let linear = min(1, Double(samples[i + channel]) / Double(alpha))
                out[i + channel] = UInt8((encode(linear) * 255).rounded())
            }
        }
    }

    /// The sRGB transfer function (IEC 61966-2-1).
    private static func encode(_ v: Double) -> Double {
        v <= 0.0031308 ? 12.92 * v : 1.055 * pow(v, 1 / 2.4) - 0.055
    }
}
