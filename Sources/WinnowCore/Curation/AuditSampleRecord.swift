/// The standing audit sample of a tier: what was drawn, with which seed, by whom.
public struct AuditSampleRecord: Equatable, Sendable {
    public var tier: String
    public var seed: UInt64
    /// Local ids, in the order drawn.
    public var items: [String]
    public var reviewer: String
    public var time: String
    public var seq: Int
}
