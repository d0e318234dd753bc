/// One `key: value` of a mapping; `line` is where the key is (the value may start below it).
struct YAMLEntry: Equatable {
    let key: String
    let line: Int
    let value: YAMLNode
}
