/// Where a reviewer was: the queue, its filter and the item, so a restart resumes there.
public struct ReviewPosition: Equatable, Sendable {
    public var queue: String
    public var filter: String
    public var item: String

    public init(queue: String, filter: String, item: String) {
        self.queue = queue
        self.filter = filter
        self.item = item
    }
}
