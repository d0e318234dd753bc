import Foundation

/// Reads width and height from a JPEG's first SOFn marker, independently of libjpeg.
enum JPEGHeaderReader {
    static func size(ofFile path: String) throws -> (width: Int, height: Int) {
        let b = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        var i = 2  // after SOI
        while i + 9 < b.count {
            guard b[i] == 0xFF else { throw CocoaError(.fileReadCorruptFile) }
            let marker = b[i + 1]
            let length = Int(b[i + 2]) << 8 | Int(b[i + 3])
            // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC).
            if (0xC0...0xCF).contains(marker) && ![0xC4, 0xC8, 0xCC].contains(marker) {
                return (Int(b[i + 7]) << 8 | Int(b[i + 8]), Int(b[i + 5]) << 8 | Int(b[i + 6]))
            }
            i += 2 + length
        }
        throw CocoaError(.fileReadCorruptFile)
    }
}
