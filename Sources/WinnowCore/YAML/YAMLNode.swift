/// A value of the YAML subset `YAMLParser` reads, with the 1-based line it starts on so readers
/// can report `file:line`.
struct YAMLNode: Equatable {
    let line: Int
    let value: YAMLValue

    var scalar: String? {
        if case .scalar(let text) = value { return text }
        return nil
    }

    var list: [YAMLNode]? {
        if case .list(let items) = value { return items }
        return nil
    }

    var entries: [YAMLEntry]? {
        if case .map(let entries) = value { return entries }
        return nil
    }

    /// The entry for `key` in a mapping; the last one when a key repeats, as PyYAML does.
    func entry(_ key: String) -> YAMLEntry? {
        entries?.last { $0.key == key }
    }
}
