/// Builds issues about one label entry of a label file, naming the entry by its position.
struct LabelEntryIssues {
    let location: String
    let index: Int

    func issue(_ severity: Severity, _ code: String, _ what: String) -> Issue {
        Issue(severity, code, "label \(index) \(what)", location: location)
    }
}
