/// One whitespace-separated term as the lexer found it, before it is given a meaning.
struct FilterRawTerm: Sendable, Equatable {
    /// 1-based character column where the term starts.
    let column: Int
    /// The term as typed, for error messages.
    let source: String
    let characters: [FilterCharacter]
}
