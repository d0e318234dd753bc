/// Something in a YAML text the parser could not read; it skipped it and went on.
struct YAMLProblem: Equatable {
    let line: Int
    let message: String
}
