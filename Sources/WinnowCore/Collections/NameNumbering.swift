/// Numbers names in the order first met. A few names (as most datasets have categories) are found
/// by comparing, with no hashing; past that a dictionary takes over. A million labels' categories
/// hashed one by one stood out in the summary and the export.
package struct NameNumbering: Sendable {
    package private(set) var names: [String] = []
    private var numbers: [String: Int] = [:]
    private static let comparedUpTo = 16

    package init() {}

    /// The name's number, given it when new.
    package mutating func number(of name: String) -> Int {
        if let known = names.count <= Self.comparedUpTo ? names.firstIndex(of: name) : numbers[name] { return known }
        numbers[name] = names.count
        names.append(name)
        return names.count - 1
    }
}
