/// Whether the queue and details (validation) panes show: the reviewer's choice (F2, F3), or
/// nil for the default of the width (details fold away below `WorkstationLayout.wideWidth`).
public struct SidePanes: Equatable, Sendable {
    public var queue: Bool?
    public var details: Bool?

    public init(queue: Bool? = nil, details: Bool? = nil) {
        self.queue = queue
        self.details = details
    }
}
