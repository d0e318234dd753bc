extension ImageHeader {
    /// WebP: a RIFF container whose first chunk is VP8 (lossy), VP8L (lossless) or VP8X
    /// (extended, which stores the canvas size directly).
    static func webpSize(_ prefix: inout ImageFilePrefix) -> (width: Int, height: Int)? {
        let data = 20  // first chunk's payload: "RIFF" size "WEBP" fourcc size
        if prefix.matches("VP8X", at: 12) {
            guard let w = prefix.uint24LittleEndian(at: data + 4), let h = prefix.uint24LittleEndian(at: data + 7)
            else { return nil }
            return (w + 1, h + 1)
        }
        if prefix.matches("VP8L", at: 12) {
            guard prefix.byte(at: data) == 0x2F, let bits = prefix.uint32LittleEndian(at: data + 1) else { return nil }
            return ((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1)
        }
        if prefix.matches("VP8 ", at: 12) {
            // 3-byte frame tag, then the key-frame start code 9D 01 2A, then 14-bit sizes.
            guard prefix.matches([0x9D, 0x01, 0x2A], at: data + 3),
                let w = prefix.uint16LittleEndian(at: data + 6), let h = prefix.uint16LittleEndian(at: data + 8)
            else { return nil }
            return (w & 0x3FFF, h & 0x3FFF)
        }
        return nil
    }
}
