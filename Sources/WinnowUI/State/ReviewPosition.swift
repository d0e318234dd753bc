/// Where a reviewer was: the queue, its filter, the item and the side panes shown, so a restart resumes there.
public struct ReviewPosition: Equatable, Sendable {
    public var queue: String
    public var filter: String
    public var item: String
    public var panes: SidePanes

    public init(queue: String, filter: String, item: String, panes: SidePanes = SidePanes()) {
        self.queue = queue
        self.filter = filter
        self.item = item
        self.panes = panes
    }
}
