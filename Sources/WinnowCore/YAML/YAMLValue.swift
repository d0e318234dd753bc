/// What a YAML node holds. Scalars stay text: the reader decides what is a number.
enum YAMLValue: Equatable {
    /// Nothing after the colon, `~` or `null`.
    case null
    case scalar(String)
    case list([YAMLNode])
    case map([YAMLEntry])
}
