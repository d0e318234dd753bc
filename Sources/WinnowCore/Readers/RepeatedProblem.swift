/// One kind of problem that may occur thousands of times in a big file (an annotation pointing to
/// a missing image): counted, with the first few examples, and reported as a single issue.
struct RepeatedProblem {
    let severity: Severity
    let code: String
    /// Completes "N ..." in the message, e.g. "annotations point to unknown images; skipped".
    let what: String
    private(set) var count = 0
    private var examples: [String] = []
    private static let exampleLimit = 3

    init(_ severity: Severity, _ code: String, _ what: String) {
        self.severity = severity
        self.code = code
        self.what = what
    }

    mutating func record(_ example: @autoclosure () -> String) {
        count += 1
        if examples.count < Self.exampleLimit { examples.append(example()) }
    }

    func issue(location: String) -> Issue? {
        guard count > 0 else { return nil }
        let more = count > examples.count ? ", ..." : ""
        return Issue(severity, code, "\(count) \(what) (\(examples.joined(separator: ", "))\(more))", location: location)
    }
}
