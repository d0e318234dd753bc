extension ImageHeader {
    /// JPEG: walks the marker segments after SOI until a start-of-frame (SOF0-SOF15 except DHT,
    /// JPG and DAC, which share the range). APPn blocks (EXIF thumbnails) can be large, so this
    /// may read up to the prefix cap.
    static func jpegSize(_ prefix: inout ImageFilePrefix) -> (width: Int, height: Int)? {
        var offset = 2
        while true {
            guard prefix.byte(at: offset) == 0xFF else { return nil }
            // Any number of 0xFF fill bytes may precede a marker.
            while prefix.byte(at: offset + 1) == 0xFF { offset += 1 }
            guard let marker = prefix.byte(at: offset + 1) else { return nil }
            offset += 2
            if isStandaloneJPEGMarker(marker) { continue }
            // Image data starts at SOS (or the image ends) before any frame header: no size.
            if marker == 0xDA || marker == 0xD9 { return nil }
            guard let length = prefix.uint16BigEndian(at: offset), length >= 2 else { return nil }
            if isStartOfFrame(marker) {
                guard let height = prefix.uint16BigEndian(at: offset + 3),
                    let width = prefix.uint16BigEndian(at: offset + 5)
                else { return nil }
                return (width, height)
            }
            offset += length
        }
    }

    private static func isStandaloneJPEGMarker(_ marker: UInt8) -> Bool {
        marker == 0x01 || marker == 0xD8 || (0xD0...0xD7).contains(marker)
    }

    private static func isStartOfFrame(_ marker: UInt8) -> Bool {
        (0xC0...0xCF).contains(marker) && marker != 0xC4 && marker != 0xC8 && marker != 0xCC
    }
}
