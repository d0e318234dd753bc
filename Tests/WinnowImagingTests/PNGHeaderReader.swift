import Foundation

/// Reads width and height straight from a PNG's IHDR chunk (bytes 16..<24), independently of
/// libpng, so decoded sizes are checked against the file rather than against themselves.
enum PNGHeaderReader {
    static func size(ofFile path: String) throws -> (width: Int, height: Int) {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        guard bytes.count >= 24, Array(bytes[12..<16]) == Array("IHDR".utf8) else {
            throw CocoaError(.fileReadCorruptFile)
        }
        func bigEndian(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (bigEndian(16), bigEndian(20))
    }
}
