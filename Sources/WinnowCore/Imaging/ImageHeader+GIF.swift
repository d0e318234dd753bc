extension ImageHeader {
    /// GIF: the logical screen size right after the signature.
    static func gifSize(_ prefix: inout ImageFilePrefix) -> (width: Int, height: Int)? {
        guard let w = prefix.uint16LittleEndian(at: 6), let h = prefix.uint16LittleEndian(at: 8) else { return nil }
        return (w, h)
    }
}
