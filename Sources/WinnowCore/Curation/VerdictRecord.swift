/// A verdict as it stands after replay: who gave it, when, and the event that holds it.
public struct VerdictRecord: Equatable, Sendable {
    public var verdict: Verdict
    public var reviewer: String
    public var time: String
    public var seq: Int
    public var note: String?
    public var reason: String?
}
