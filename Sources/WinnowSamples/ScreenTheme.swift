/// The colours one sample app is drawn with.
struct ScreenTheme {
    let background: PaintColor
    let surface: PaintColor
    let chrome: PaintColor
    let border: PaintColor
    let text: PaintColor
    let mutedText: PaintColor
    let accent: PaintColor
    let accentText: PaintColor
    let link: PaintColor

    static let light = ScreenTheme(
        background: PaintColor(243, 244, 246), surface: PaintColor(255, 255, 255), chrome: PaintColor(226, 228, 232),
        border: PaintColor(200, 204, 210), text: PaintColor(60, 64, 72), mutedText: PaintColor(160, 165, 172),
        accent: PaintColor(37, 99, 235), accentText: PaintColor(235, 240, 255), link: PaintColor(29, 78, 216))

    static let warm = ScreenTheme(
        background: PaintColor(250, 246, 240), surface: PaintColor(255, 253, 250), chrome: PaintColor(234, 226, 214),
        border: PaintColor(214, 200, 184), text: PaintColor(74, 58, 46), mutedText: PaintColor(176, 160, 146),
        accent: PaintColor(194, 65, 12), accentText: PaintColor(255, 240, 230), link: PaintColor(154, 52, 18))

    static let dark = ScreenTheme(
        background: PaintColor(24, 26, 31), surface: PaintColor(36, 39, 46), chrome: PaintColor(17, 18, 22),
        border: PaintColor(62, 66, 76), text: PaintColor(210, 214, 222), mutedText: PaintColor(120, 126, 138),
        accent: PaintColor(16, 163, 127), accentText: PaintColor(230, 255, 245), link: PaintColor(96, 165, 250))
}
