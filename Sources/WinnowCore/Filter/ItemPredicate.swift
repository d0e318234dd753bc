/// A compiled test on one item, read in place through a pointer. Closures composed at parse time
/// borrow what they captured, so evaluating them retains nothing per item.
typealias ItemPredicate = @Sendable (UnsafePointer<ItemFacts>) -> Bool
