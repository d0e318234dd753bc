/// What one term asks of an item, with its values already compiled.
enum FilterCondition: Sendable {
    case tier(GlobMatcher)
    case kind(GlobMatcher)
    /// nil asks for items without a verdict.
    case verdict(GlobMatcher?)
    case confidence(ConfidenceComparison)
    case category(GlobMatcher)
    case source(GlobMatcher)
    case reviewer(GlobMatcher)
    case id(GlobMatcher)
    case file(GlobMatcher)
    case has(ItemAttribute)
    case prediction(GlobMatcher)
    case score(ConfidenceComparison)
    case model(GlobMatcher)
    case changed(ConfidenceComparison)
    case structure(ConfidenceComparison)
    /// true: pairs whose original another session shares; false: all other items.
    case sameOriginal(Bool)
    /// A free word: a substring of the id, path or text.
    case word(GlobMatcher)

    /// The test as a closure. String fields are handed over by pointer, so reading them costs no
    /// retain of cold strings and arrays; `pointer(to:)` is never nil for stored properties.
    var predicate: ItemPredicate {
        switch self {
        case .tier(let matcher): return { matcher.matches(at: $0.pointer(to: \.tier)!) }
        case .kind(let matcher): return { matcher.matches(at: $0.pointer(to: \.kind)!) }
        case .verdict(nil): return { $0.pointee.verdict?.isEmpty ?? true }
        case .verdict(let matcher?): return { $0.pointee.verdict.map(matcher.matches) ?? false }
        case .confidence(let comparison): return { $0.pointee.confidence.map(comparison.accepts) ?? false }
        case .category(let matcher): return { matcher.matchesAny(at: $0.pointer(to: \.categories)!) }
        case .source(let matcher): return { matcher.matchesAny(at: $0.pointer(to: \.sources)!) }
        case .reviewer(let matcher): return { matcher.matchesAny(at: $0.pointer(to: \.reviewers)!) }
        case .id(let matcher): return { matcher.matches(at: $0.pointer(to: \.id)!) }
        case .file(let matcher): return { matcher.matchesPathOrFileName(at: $0.pointer(to: \.path)!) }
        case .has(let attribute): return { attribute.isPresent(in: $0) }
        case .prediction(let matcher): return { matcher.matchesAny(at: $0.pointer(to: \.disagreements)!) }
        case .score(let comparison): return { $0.pointee.scores.contains(where: comparison.accepts) }
        case .model(let matcher): return { matcher.matchesAny(at: $0.pointer(to: \.models)!) }
        case .changed(let comparison): return { $0.pointee.change.map(comparison.accepts) ?? false }
        case .structure(let comparison): return { $0.pointee.structure.map(comparison.accepts) ?? false }
        case .sameOriginal(let wanted): return { $0.pointee.sameOriginal == wanted }
        case .word(let matcher):
            return { item in
                matcher.matches(at: item.pointer(to: \.id)!)
                    || matcher.matches(at: item.pointer(to: \.path)!)
                    || matcher.matches(at: item.pointer(to: \.text)!)
            }
        }
    }

    /// Whether the test reads only what names an item (its id, path and kind).
    var readsOnlyNames: Bool {
        switch self {
        case .kind, .id, .file: true
        default: false
        }
    }

    /// Rough relative cost, so a query checks cheap terms first and skips the string scans
    /// for items already ruled out. Order does not change the result: terms are ANDed.
    var cost: Int {
        switch self {
        case .has, .confidence, .verdict(nil), .changed, .structure, .sameOriginal: return 0
        case .tier, .kind, .verdict, .score: return 1
        case .id, .category, .source, .reviewer, .prediction, .model: return 2
        case .file: return 3
        case .word: return 4
        }
    }
}
