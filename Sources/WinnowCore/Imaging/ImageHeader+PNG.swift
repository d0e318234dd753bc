extension ImageHeader {
    /// PNG: the IHDR chunk must come first. Its CRC and field values are checked, so a damaged
    /// header reads as "size unknown" instead of a made-up size.
    static func pngSize(_ prefix: inout ImageFilePrefix) -> (width: Int, height: Int)? {
        guard prefix.uint32BigEndian(at: 8) == 13, prefix.matches("IHDR", at: 12),
            let chunk = prefix.bytes(at: 12, count: 17), let storedCRC = prefix.uint32BigEndian(at: 29),
            CRC32.checksum(chunk) == UInt32(storedCRC),
            let width = prefix.uint32BigEndian(at: 16), let height = prefix.uint32BigEndian(at: 20),
            let bitDepth = prefix.byte(at: 24), let colorType = prefix.byte(at: 25),
            width <= Int(Int32.max), height <= Int(Int32.max),
            isValidPNG(bitDepth: bitDepth, colorType: colorType)
        else { return nil }
        return (width, height)
    }

    private static func isValidPNG(bitDepth: UInt8, colorType: UInt8) -> Bool {
        switch colorType {
        case 0: return [1, 2, 4, 8, 16].contains(bitDepth)
        case 3: return [1, 2, 4, 8].contains(bitDepth)
        case 2, 4, 6: return bitDepth == 8 || bitDepth == 16
        default: return false
        }
    }
}
