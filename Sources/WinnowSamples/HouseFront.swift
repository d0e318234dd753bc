/// A drawn house front, the kind of photo seed 002's users submit: sky, lawn, walls, roof,
/// door and windows, in colours and proportions a transformation may change.
struct HouseFront {
    var wall = PaintColor(236, 224, 196)
    var roof = PaintColor(164, 58, 48)
    var trim = PaintColor(250, 250, 250)
    var sky = PaintColor(172, 208, 236)
    var lawn = PaintColor(96, 152, 72)
    /// Window width in pixels (a modern style has wide ones).
    var windowWidth = 30
    /// A flat roof instead of a gable.
    var flatRoof = false
    var light = 0.0
    /// Where the house stands and how wide it is (houses differ in shape, not only colour).
    var left = 70
    var wallWidth = 160
    var treeX = 280

    static let width = 320
    static let height = 240

    func paint() -> ScreenCanvas {
        var canvas = ScreenCanvas(width: Self.width, height: Self.height, background: sky)
        canvas.fill(PixelRect(x: 0, y: 190, width: Self.width, height: 50), lawn)
        canvas.circle(centerX: treeX, centerY: 150, radius: 28, thickness: 28, PaintColor(60, 110, 52))  // a tree
        canvas.fill(PixelRect(x: treeX - 4, y: 170, width: 8, height: 22), PaintColor(96, 70, 44))
        let middle = left + wallWidth / 2
        canvas.fill(PixelRect(x: left, y: 100, width: wallWidth, height: 95), wall)
        if flatRoof {
            canvas.fill(PixelRect(x: left - 8, y: 88, width: wallWidth + 16, height: 14), roof)
        } else {
            for row in 0..<52 {  // a gable: rows widen from the ridge down
                let half = 8 + row * (wallWidth / 2 + 12) / 52
                canvas.fill(PixelRect(x: middle - half, y: 50 + row, width: 2 * half, height: 1), roof)
            }
            canvas.fill(PixelRect(x: middle + wallWidth / 4, y: 56, width: 14, height: 30), roof)  // chimney
        }
        canvas.fill(PixelRect(x: middle - 13, y: 140, width: 26, height: 55), roof.mixed(with: PaintColor(0, 0, 0), 0.3))  // door
        for x in [left + 22, left + wallWidth - 22 - windowWidth] {
            canvas.fill(PixelRect(x: x - 3, y: 117, width: windowWidth + 6, height: 31), trim)
            canvas.fill(PixelRect(x: x, y: 120, width: windowWidth, height: 25), PaintColor(70, 96, 130))
        }
        if light != 0 { canvas.veil(light > 0 ? PaintColor(255, 255, 255) : PaintColor(0, 0, 0), amount: abs(light)) }
        return canvas
    }
}
