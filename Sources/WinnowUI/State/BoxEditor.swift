/// Box mode: the step arrows move a box by, in image pixels, and whether only the selected box shows.
public struct BoxEditor: Equatable, Sendable {
    public var step: Double
    public var onlySelected = false
    /// Showing the region around the selected box, up to one image pixel per half-block pixel.
    public var zoom = false

    public init(step: Double) { self.step = step }
}
