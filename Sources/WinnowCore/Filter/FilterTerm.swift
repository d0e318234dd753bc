/// One parsed term: a condition, possibly negated with a leading `-`.
struct FilterTerm: Sendable {
    let condition: FilterCondition
    let isNegated: Bool

    var predicate: ItemPredicate {
        let test = condition.predicate
        guard isNegated else { return test }
        return { !test($0) }
    }
}
