/// How far review has come.
public struct ReviewProgress: Equatable, Sendable {
    public var total: Int
    public var good = 0
    public var bad = 0
    public var skip = 0

    public init(total: Int) { self.total = total }

    /// Items with any verdict, skips included.
    public var reviewed: Int { good + bad + skip }
}
