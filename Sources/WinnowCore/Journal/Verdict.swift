/// A reviewer's decision on an item.
public enum Verdict: String, Sendable, CaseIterable {
    case good
    case bad
    case skip
}
