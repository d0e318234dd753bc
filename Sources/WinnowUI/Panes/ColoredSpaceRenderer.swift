import WinnowCanvas

/// Without UTF-8 there are no half blocks: each cell becomes a space on the average color of
/// its two pixels, which still shows layout and color at half the vertical resolution.
enum ColoredSpaceRenderer {
    static func draw(_ image: PixelImage, into grid: inout Grid, x: Int, y: Int) {
        for row in 0..<(image.height + 1) / 2 {
            for column in 0..<image.width {
                let top = image.pixel(x: column, y: row * 2)
                let bottom = row * 2 + 1 < image.height ? image.pixel(x: column, y: row * 2 + 1) : top
                let color = Color.rgb(
                    UInt8((Int(top.0) + Int(bottom.0)) / 2), UInt8((Int(top.1) + Int(bottom.1)) / 2),
                    UInt8((Int(top.2) + Int(bottom.2)) / 2))
                grid[x + column, y + row] = Cell(" ", style: Style(background: color))
            }
        }
    }
}
