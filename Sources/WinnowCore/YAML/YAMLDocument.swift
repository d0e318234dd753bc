/// A parsed YAML text: its top node (nil when the text holds none) and what could not be read.
struct YAMLDocument {
    let root: YAMLNode?
    let problems: [YAMLProblem]
}
