/// A labelled widget as drawn: its category and the exact pixels it occupies.
struct ScreenElement: Equatable {
    let category: String
    let rect: PixelRect
}
