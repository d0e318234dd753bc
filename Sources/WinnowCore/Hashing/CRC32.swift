/// CRC-32 (IEEE 802.3 / ISO 3309): checks journal lines and PNG chunk headers.
public enum CRC32 {
    private static let table: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = (c & 1) != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    public static func checksum<C: Collection>(_ bytes: C) -> UInt32 where C.Element == UInt8 {
        var crc: UInt32 = 0xFFFF_FFFF
        for b in bytes { crc = table[Int((crc ^ UInt32(b)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }

    public static func hex<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        let s = String(checksum(bytes), radix: 16)
        return String(repeating: "0", count: 8 - s.count) + s
    }
}
