import WinnowCore

/// How far review has come.
public struct ReviewProgress: Equatable, Sendable {
    public var total: Int
    public var good = 0
    public var bad = 0
    public var skip = 0

    public init(total: Int) { self.total = total }

    /// Items with any verdict, skips included.
    public var reviewed: Int { good + bad + skip }

    /// An item's verdict changed from `old` to `new` (nil: none).
    mutating func move(from old: Verdict?, to new: Verdict?) {
        guard old != new else { return }
        if let old { self[old] -= 1 }
        if let new { self[new] += 1 }
    }

    private subscript(verdict: Verdict) -> Int {
        get {
            switch verdict {
            case .good: return good
            case .bad: return bad
            case .skip: return skip
            }
        }
        set {
            switch verdict {
            case .good: good = newValue
            case .bad: bad = newValue
            case .skip: skip = newValue
            }
        }
    }
}
