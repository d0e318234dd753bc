import WinnowImaging

/// A drawn screen: its pixels, every labelled widget on it and the one the action targeted.
struct PaintedScreen {
    let screen: SampleScreen
    let image: RGBAImage
    let elements: [ScreenElement]
    let target: ScreenElement

    static let width = 1280
    static let height = 800

    init(_ screen: SampleScreen, seed: UInt64) {
        var painter = WidgetPainter(width: Self.width, height: Self.height, theme: screen.theme, seed: seed)
        target = screen.paint(&painter)
        self.screen = screen
        image = painter.canvas.image
        elements = painter.elements
    }
}
