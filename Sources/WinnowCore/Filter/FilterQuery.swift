/// A parsed filter such as `tier:low cat:button conf<0.8 -verdict:bad file:*login*`. Parse once,
/// then test items with `matches` or, faster over an array, `matchingIndices`.
///
/// Grammar: terms separated by spaces, all of which must hold (AND); a blank query matches all.
/// - `tier:high|medium|low`, `kind:screenshot|signal|text|pair`, `verdict:none|good|bad|skip`,
///   `has:issues|edits|notes|flag`: exact values.
/// - `cat:`, `source:`, `reviewer:` (true if any label or reviewer matches), `id:`, `file:` (the
///   path or its file name): globs where `*` is any run (`/` included) and `?` one character.
/// - `conf<0.8`, `<=`, `>`, `>=`, `=`; also `conf:0.8` (equal) and `conf:<0.8`. Numbers are plain
///   decimals from 0 to 1. An item without confidence fails every comparison (`-conf>=0` finds it).
/// - A word without a field matches a substring of the id, path or text.
/// - `-term` excludes. `"..."` groups spaces and makes `*`, `?`, `:`, `-` literal; `\"` inside quotes.
/// - All matching ignores case; field names too. A term with an unquoted `:`, `<`, `>` or `=` names
///   a field, so quote text that contains one (`"http://x"`).
public struct FilterQuery: Sendable {
    /// The query as typed.
    public let text: String
    private let termCount: Int
    /// Every term reads only what names an item (`kind:`, `id:`, `file:`): its facts need no labels
    /// or journal (`ItemFacts.naming`).
    public let readsOnlyNames: Bool
    /// All terms ANDed, cheapest first (see `FilterCondition.cost`).
    private let predicate: ItemPredicate

    /// The empty query, which matches every item.
    public init() {
        self.init(text: "", terms: [])
    }

    private init(text: String, terms: [FilterTerm]) {
        self.text = text
        self.termCount = terms.count
        self.readsOnlyNames = terms.allSatisfy(\.condition.readsOnlyNames)
        self.predicate = Self.conjunction(of: terms)
    }

    /// Parses `text`; a blank text gives the empty query. Throws at the first malformed term.
    public static func parse(_ text: String) throws(FilterError) -> FilterQuery {
        var terms: [FilterTerm] = []
        for raw in try FilterLexer.terms(in: text) {
            terms.append(try FilterTermParser.term(from: raw))
        }
        return FilterQuery(text: text, terms: terms)
    }

    /// True when the query has no terms and so matches everything.
    public var isEmpty: Bool { termCount == 0 }

    public func matches(_ facts: ItemFacts) -> Bool {
        withUnsafePointer(to: facts, predicate)
    }

    /// The positions of the matching items, in order. Prefer this to calling `matches` per element:
    /// it reads items in place instead of copying each one (a retain per string and array).
    public func matchingIndices(in items: [ItemFacts]) -> [Int] {
        guard !isEmpty else { return Array(items.indices) }
        return items.withUnsafeBufferPointer { buffer in
            guard let first = buffer.baseAddress else { return [] }
            return buffer.indices.filter { predicate(first + $0) }
        }
    }

    /// One closure that runs the terms cheapest first and stops at the first that fails.
    private static func conjunction(of terms: [FilterTerm]) -> ItemPredicate {
        let cheapestFirst = terms.enumerated()
            .sorted { ($0.element.condition.cost, $0.offset) < ($1.element.condition.cost, $1.offset) }
            .map(\.element.predicate)
        var all: ItemPredicate = { _ in true }
        for test in cheapestFirst.reversed() {
            let rest = all
            all = { item in test(item) && rest(item) }
        }
        return all
    }
}
