/// The events a reviewer places on a drill run: the tool enters the stack, passes from CFRP to
/// titanium, and exits. They must appear in this order.
public enum SignalEventType: String, Sendable, CaseIterable, Comparable {
    case entry
    case transition
    case exit

    /// The letter the signal plot marks it with.
    public var marker: Character {
        switch self {
        case .entry: return "E"
        case .transition: return "T"
        case .exit: return "X"
        }
    }

    public static func < (a: SignalEventType, b: SignalEventType) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
