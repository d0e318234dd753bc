extension RGBAImage {
    /// The part of the image inside the rectangle (clipped to the image; at least 1x1).
    public func cropped(x: Int, y: Int, width w: Int, height h: Int) -> RGBAImage {
        let x0 = min(max(0, x), width - 1), y0 = min(max(0, y), height - 1)
        let cw = max(1, min(w, width - x0)), ch = max(1, min(h, height - y0))
        var out = [UInt8](repeating: 0, count: cw * ch * 4)
        for row in 0..<ch {
            let source = ((y0 + row) * width + x0) * 4
            out.replaceSubrange(row * cw * 4..<(row + 1) * cw * 4, with: pixels[source..<source + cw * 4])
        }
        return RGBAImage(width: cw, height: ch, pixels: out)
    }
}
