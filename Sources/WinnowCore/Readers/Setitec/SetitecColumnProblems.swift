/// Non-numeric cells, counted per column with their first few examples, so a file with thousands
/// of bad cells yields one issue per column rather than thousands.
struct SetitecColumnProblems {
    private var problems: [RepeatedProblem?]
    private var firstLines: [Int]
    private let names: [String]

    init(names: [String]) {
        self.names = names
        problems = Array(repeating: nil, count: names.count)
        firstLines = Array(repeating: 0, count: names.count)
    }

    mutating func recordNonNumeric(column: Int, line: Int, cell: @autoclosure () -> String) {
        if problems[column] == nil {
            problems[column] = RepeatedProblem(.warning, "signal.non-numeric", "non-numeric cells in column \"\(names[column])\" read as NaN")
            firstLines[column] = line
        }
        problems[column]?.record("line \(line): \"\(cell())\"")
    }

    func issues(fileName: String) -> [Issue] {
        problems.indices.compactMap { problems[$0]?.issue(location: "\(fileName):\(firstLines[$0])") }
    }
}
