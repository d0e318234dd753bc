/// One character of a query term, remembering whether it was inside quotes: quoted characters are
/// always literal (a quoted `*` is a star, a quoted `:` does not start a field).
struct FilterCharacter: Sendable, Equatable {
    let value: Character
    let isQuoted: Bool

    /// True for `character` typed outside quotes, where it has a meaning in the grammar.
    func isUnquoted(_ character: Character) -> Bool {
        !isQuoted && value == character
    }
}
