/// Draws pixels as text: each cell shows two pixels stacked, with an upper half block whose
/// foreground is the top pixel and background the bottom one. Pixels are therefore square on
/// the usual 1:2 cell, and a W x H image takes W columns and ceil(H/2) rows.
public enum HalfBlockRenderer {
    static let upperHalfBlock: Character = "▀"
    static let unicodeShades: [Character] = [" ", "░", "▒", "▓", "█"]
    static let asciiShades: [Character] = [" ", ".", ":", "-", "=", "+", "*", "#", "%", "@"]

    /// Draws `image` with its top-left at cell (x, y), clipped to the grid. An odd last pixel
    /// row leaves the lower half in the terminal's default background.
    public static func draw(_ image: PixelImage, into grid: inout Grid, x: Int, y: Int) {
        forEachCell(of: image, in: &grid, x: x, y: y) { top, bottom in
            let background: Color = bottom.map { .rgb($0.r, $0.g, $0.b) } ?? .terminalDefault
            return Cell(upperHalfBlock, style: Style(foreground: .rgb(top.r, top.g, top.b), background: background))
        }
    }

    /// For terminals without color: each cell's two pixels become one shade by their mean
    /// luminance, on the ramp " ░▒▓█" (or " .:-=+*#%@" without UTF-8), in the plain style.
    public static func drawShaded(_ image: PixelImage, into grid: inout Grid, x: Int, y: Int, ascii: Bool) {
        let ramp = ascii ? asciiShades : unicodeShades
        forEachCell(of: image, in: &grid, x: x, y: y) { top, bottom in
            let level = bottom.map { (luminance(top) + luminance($0)) / 2 } ?? luminance(top)
            return Cell(ramp[level * ramp.count / 256])
        }
    }

    /// Rec. 601 luma, 0...255.
    static func luminance(_ p: (r: UInt8, g: UInt8, b: UInt8)) -> Int {
        (299 * Int(p.r) + 587 * Int(p.g) + 114 * Int(p.b)) / 1000
    }

    private typealias Pixel = (r: UInt8, g: UInt8, b: UInt8)

    /// Calls `makeCell` with the top and (if any) bottom pixel of every visible cell.
    private static func forEachCell(of image: PixelImage, in grid: inout Grid, x: Int, y: Int,
                                    _ makeCell: (Pixel, Pixel?) -> Cell) {
        // Clip to the grid once so the inner loop only indexes.
        let area = Rect(x: x, y: y, width: image.width, height: (image.height + 1) / 2).intersection(grid.bounds)
        guard !area.isEmpty else { return }
        image.rgb.withUnsafeBufferPointer { rgb in
            for row in area.y..<area.maxY {
                let topRow = 2 * (row - y)
                let hasBottom = topRow + 1 < image.height
                for column in area.x..<area.maxX {
                    let top = (topRow * image.width + column - x) * 3
                    let bottom = top + image.width * 3
                    let cell = makeCell((rgb[top], rgb[top + 1], rgb[top + 2]),
                                        hasBottom ? (rgb[bottom], rgb[bottom + 1], rgb[bottom + 2]) : nil)
                    grid.place(cell, x: column, y: row)
                }
            }
        }
    }
}
