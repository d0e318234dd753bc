import WinnowCanvas

/// A frame a recording terminal was asked to draw, with what the diff would have sent.
package struct RecordedFrame {
    package let grid: Grid
    /// Virtual seconds since the terminal opened.
    package let time: Double
    /// Bytes of the ANSI sequences that repaint the changed cells (256 colors).
    package let bytes: Int
}
