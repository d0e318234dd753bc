/// Gives one raw term its meaning. A term with an unquoted `:`, `<`, `>` or `=` names a field
/// (the text before it); any other term is a free word.
struct FilterTermParser {
    private let raw: FilterRawTerm

    static func term(from raw: FilterRawTerm) throws(FilterError) -> FilterTerm {
        try FilterTermParser(raw: raw).parse()
    }

    private func parse() throws(FilterError) -> FilterTerm {
        var characters = raw.characters[...]
        let isNegated = characters.first?.isUnquoted("-") == true
        if isNegated { characters = characters.dropFirst() }
        guard !characters.isEmpty else { throw failure(.nothingToNegate) }
        return FilterTerm(condition: try condition(from: characters), isNegated: isNegated)
    }

    private func condition(from characters: ArraySlice<FilterCharacter>) throws(FilterError) -> FilterCondition {
        guard let separator = characters.firstIndex(where: Self.isSeparator) else {
            return .word(GlobMatcher(containing: Self.string(characters)))
        }
        let name = Self.string(characters[..<separator])
        guard !name.isEmpty else { throw failure(.missingField(separator: String(characters[separator].value))) }
        guard let field = FilterField(rawValue: name.lowercased()) else { throw failure(.unknownField(name)) }
        // `:` starts the value; a comparison is part of it (only conf reads one).
        let startsWithColon = characters[separator].value == ":"
        let value = startsWithColon ? characters[(separator + 1)...] : characters[separator...]
        guard startsWithColon || field.compares else {
            let comparison = ComparisonOperator.prefix(of: Self.unquotedPrefix(value))
            throw failure(.comparisonNotAllowed(field: field.rawValue, comparison: comparison?.rawValue ?? "="))
        }
        guard !value.isEmpty else { throw failure(field.compares ? .needsNumber : .missingValue) }
        return try condition(field, value)
    }

    private func condition(_ field: FilterField, _ value: ArraySlice<FilterCharacter>) throws(FilterError) -> FilterCondition {
        switch field {
        case .cat: return .category(GlobMatcher(pattern: Array(value)))
        case .source: return .source(GlobMatcher(pattern: Array(value)))
        case .reviewer: return .reviewer(GlobMatcher(pattern: Array(value)))
        case .id: return .id(GlobMatcher(pattern: Array(value)))
        case .file: return .file(GlobMatcher(pattern: Array(value)))
        case .tier: return .tier(GlobMatcher(exactly: try allowedWord(value, of: field)))
        case .kind: return .kind(GlobMatcher(exactly: try allowedWord(value, of: field)))
        case .verdict:
            let word = try allowedWord(value, of: field)
            return .verdict(word == "none" ? nil : GlobMatcher(exactly: word))
        case .has:
            guard let attribute = ItemAttribute(word: Self.string(value).lowercased()) else {
                throw failure(.invalidValue(field: field.rawValue, allowed: field.allowedValues ?? []))
            }
            return .has(attribute)
        case .conf:
            return .confidence(try comparison(value))
        case .score:
            return .score(try comparison(value))
        case .pred:
            return .prediction(GlobMatcher(exactly: try allowedWord(value, of: field)))
        case .model:
            return .model(GlobMatcher(pattern: Array(value)))
        case .changed:
            return .changed(try comparison(value))
        case .structure:
            return .structure(try comparison(value))
        case .dup:
            return .sameOriginal(try allowedWord(value, of: field) == "yes")
        }
    }

    /// The value of a closed field, lowercased, if it is one of the field's words.
    private func allowedWord(_ value: ArraySlice<FilterCharacter>, of field: FilterField) throws(FilterError) -> String {
        let word = Self.string(value).lowercased()
        let allowed = field.allowedValues ?? []
        guard allowed.contains(word) else { throw failure(.invalidValue(field: field.rawValue, allowed: allowed)) }
        return word
    }

    /// `<0.8`, `<=0.8`, `>0.8`, `>=0.8`, `=0.8`, or a bare `0.8` meaning equal (from `conf:0.8`).
    private func comparison(_ value: ArraySlice<FilterCharacter>) throws(FilterError) -> ConfidenceComparison {
        let written = ComparisonOperator.prefix(of: Self.unquotedPrefix(value))
        let number = value.dropFirst(written?.rawValue.count ?? 0)
        let threshold = try self.number(Self.string(number))
        return ConfidenceComparison(comparison: written ?? .equal, threshold: threshold)
    }

    /// A plain decimal such as `0.8`, `.75` or `1`; no signs, exponents, `inf` or `nan`.
    private func number(_ text: String) throws(FilterError) -> Double {
        let points = text.filter { $0 == "." }.count
        let digits = text.filter { ("0"..."9").contains($0) }.count
        guard digits > 0, digits + points == text.count, points <= 1, let value = Double(text) else {
            throw failure(.needsNumber)
        }
        guard (0...1).contains(value) else { throw failure(.confidenceOutOfRange) }
        return value
    }

    private func failure(_ problem: FilterProblem) -> FilterError {
        FilterError(column: raw.column, term: raw.source, problem: problem)
    }

    private static func isSeparator(_ character: FilterCharacter) -> Bool {
        !character.isQuoted && (character.value == ":" || character.value == "<" || character.value == ">" || character.value == "=")
    }

    private static func string(_ characters: ArraySlice<FilterCharacter>) -> String {
        String(characters.map(\.value))
    }

    /// The leading unquoted characters, where an operator may be.
    private static func unquotedPrefix(_ characters: ArraySlice<FilterCharacter>) -> Substring {
        Substring(String(characters.prefix { !$0.isQuoted }.map(\.value)))
    }
}
