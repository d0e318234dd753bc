/// Splits query text into terms at unquoted whitespace. Double quotes group characters (spaces
/// included) and make them literal; inside quotes `\"` and `\\` stand for `"` and `\`.
/// Columns are 1-based characters, for error messages.
struct FilterLexer {
    private let text: String
    private var index: String.Index
    private var column = 1

    init(text: String) {
        self.text = text
        self.index = text.startIndex
    }

    static func terms(in text: String) throws(FilterError) -> [FilterRawTerm] {
        var lexer = FilterLexer(text: text)
        var terms: [FilterRawTerm] = []
        while let term = try lexer.nextTerm() {
            terms.append(term)
        }
        return terms
    }

    mutating func nextTerm() throws(FilterError) -> FilterRawTerm? {
        skipWhitespace()
        guard index < text.endIndex else { return nil }
        let start = index
        let startColumn = column
        var characters: [FilterCharacter] = []
        var openQuoteColumn: Int?
        while index < text.endIndex {
            let character = text[index]
            if openQuoteColumn == nil && character.isWhitespace { break }
            if character == "\"" {
                openQuoteColumn = openQuoteColumn == nil ? column : nil
                advance()
                continue
            }
            if openQuoteColumn != nil && character == "\\", let escaped = peekEscaped() {
                advance()
                characters.append(FilterCharacter(value: escaped, isQuoted: true))
                advance()
                continue
            }
            characters.append(FilterCharacter(value: character, isQuoted: openQuoteColumn != nil))
            advance()
        }
        let source = String(text[start..<index])
        if let openQuoteColumn {
            throw FilterError(column: openQuoteColumn, term: source, problem: .unterminatedQuote)
        }
        return FilterRawTerm(column: startColumn, source: source, characters: characters)
    }

    /// The character after a backslash if it is one that needs escaping inside quotes.
    private func peekEscaped() -> Character? {
        let next = text.index(after: index)
        guard next < text.endIndex, text[next] == "\"" || text[next] == "\\" else { return nil }
        return text[next]
    }

    private mutating func skipWhitespace() {
        while index < text.endIndex && text[index].isWhitespace { advance() }
    }

    private mutating func advance() {
        index = text.index(after: index)
        column += 1
    }
}
