/// A compiled glob. The common forms (`abc`, `abc*`, `*abc`, `*abc*`) get direct byte comparisons;
/// only patterns with `?` or inner `*` run the general wildcard matcher.
enum GlobShape: Sendable, Equatable {
    case everything
    case exact([UInt8])
    case prefix([UInt8])
    case suffix([UInt8])
    case contains(CaseFoldedSearch)
    case general([GlobStep])

    init(_ steps: [GlobStep]) {
        let leadingStar = steps.first == .anyRun
        let trailingStar = steps.count > 1 && steps.last == .anyRun
        let middle = steps.dropFirst(leadingStar ? 1 : 0).dropLast(trailingStar ? 1 : 0)
        var literal: [UInt8] = []
        for step in middle {
            guard case .byte(let byte) = step else {
                self = .general(steps)
                return
            }
            literal.append(byte)
        }
        switch (leadingStar, trailingStar) {
        case (true, _) where literal.isEmpty: self = .everything
        case (false, false): self = .exact(literal)
        case (false, true): self = .prefix(literal)
        case (true, false): self = .suffix(literal)
        case (true, true): self = .contains(CaseFoldedSearch(literal: literal))
        }
    }

    /// True when any match on a path's file name is also a match on the whole path, so trying the
    /// file name separately would be wasted work.
    var fileNameMatchImpliesPathMatch: Bool {
        switch self {
        case .everything, .suffix, .contains: return true
        case .exact, .prefix, .general: return false
        }
    }
}
