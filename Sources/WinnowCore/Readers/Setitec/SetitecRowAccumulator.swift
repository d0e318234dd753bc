/// Collects data rows into one row-major buffer of doubles (no String per cell), noting cells that
/// are not numbers and rows of the wrong length. A short row is kept with NaN for what is missing,
/// unless it is the last row: then the file was cut short there and the row is dropped.
struct SetitecRowAccumulator {
    let width: Int
    private(set) var count = 0
    private var values: [Double] = []
    private let names: [String]
    private var nonNumeric: SetitecColumnProblems
    private var pendingShortRow: (line: Int, cells: Int)?
    private var shortRows = RepeatedProblem(.warning, "signal.short-row", "rows with fewer values than columns; the missing ones read as NaN")
    private var longRows = RepeatedProblem(.warning, "signal.extra-values", "rows with more values than columns; the extra ones ignored")
    /// A drill moves millimetres and draws amperes: a value past ±1e9 (or an infinity) is a broken
    /// cell, not a reading, and would overflow what is computed from it.
    private var outOfRange = RepeatedProblem(.warning, "signal.out-of-range", "values beyond ±1e9 (or infinite); read as NaN")
    private var firstOutOfRangeLine = 0
    private static let plausible = 1e9
    private var firstShortLine = 0
    private var firstLongLine = 0
    private static let exampleLength = 24
    private static let maxReservedValues = 16 << 20

    init(width: Int, names: [String], expectedBytes: Int, rowBytes: Int) {
        self.width = width
        self.names = names
        nonNumeric = SetitecColumnProblems(names: names)
        // An estimate from the first row's length, capped so a big file of junk after one short
        // row cannot reserve gigabytes up front.
        values.reserveCapacity(min(width * (expectedBytes / max(rowBytes, 1) + 16), Self.maxReservedValues))
    }

    mutating func append(_ line: SetitecLine, from bytes: UnsafeBufferPointer<UInt8>, separator: UInt8) {
        if let pending = pendingShortRow {
            note(&shortRows, firstLine: &firstShortLine, line: pending.line, "line \(pending.line) (\(pending.cells) values)")
            pendingShortRow = nil
        }
        var column = 0
        var cellStart = line.start
        var index = line.start
        var hasExtraValues = false
        while true {
            let atEnd = index == line.end
            if atEnd || bytes[index] == separator {
                if column < width {
                    appendCell(bytes, cellStart..<index, column: column, line: line.number)
                } else if !hasExtraValues {
                    hasExtraValues = (cellStart..<index).contains { !SetitecNumberParser.isPadding(bytes[$0]) }
                }
                column += 1
                if atEnd { break }
                cellStart = index + 1
            }
            index += 1
        }
        if column < width {
            for _ in column..<width { values.append(.nan) }
            pendingShortRow = (line.number, column)
        }
        if hasExtraValues { note(&longRows, firstLine: &firstLongLine, line: line.number, "line \(line.number)") }
        count += 1
    }

    @inline(__always)
    private mutating func appendCell(_ bytes: UnsafeBufferPointer<UInt8>, _ cell: Range<Int>, column: Int, line: Int) {
        if let value = SetitecNumberParser.parse(bytes, from: cell.lowerBound, to: cell.upperBound) {
            guard value.isNaN || abs(value) <= Self.plausible else {
                values.append(.nan)
                note(&outOfRange, firstLine: &firstOutOfRangeLine, line: line, "line \(line) \(names[column]) \(Self.example(bytes, cell))")
                return
            }
            values.append(value)
        } else {
            values.append(.nan)
            nonNumeric.recordNonNumeric(column: column, line: line, cell: Self.example(bytes, cell))
        }
    }

    private func note(_ problem: inout RepeatedProblem, firstLine: inout Int, line: Int, _ example: String) {
        if problem.count == 0 { firstLine = line }
        problem.record(example)
    }

    /// Drops a short last row (a truncated file) and returns every problem seen, one issue per kind.
    mutating func finish(fileName: String) -> [Issue] {
        var issues: [Issue] = []
        if let pending = pendingShortRow {
            values.removeLast(width)
            count -= 1
            issues.append(Issue(
                .warning, "signal.truncated",
                "the last data row has \(pending.cells) of \(width) values (file cut short?); dropped, \(count) complete rows kept",
                location: "\(fileName):\(pending.line)"))
            pendingShortRow = nil
        }
        issues += nonNumeric.issues(fileName: fileName)
        if let issue = shortRows.issue(location: "\(fileName):\(firstShortLine)") { issues.append(issue) }
        if let issue = longRows.issue(location: "\(fileName):\(firstLongLine)") { issues.append(issue) }
        if let issue = outOfRange.issue(location: "\(fileName):\(firstOutOfRangeLine)") { issues.append(issue) }
        return issues
    }

    /// The row-major buffer turned into one channel per column.
    func channels() -> [SignalChannel] {
        let rows = count
        return values.withUnsafeBufferPointer { buffer in
            (0..<width).map { column in
                let columnValues = [Double](unsafeUninitializedCapacity: rows) { target, initialized in
                    for row in 0..<rows { target[row] = buffer[row * width + column] }
                    initialized = rows
                }
                let (name, unit) = SetitecChannelName.split(names[column])
                return SignalChannel(name: name, unit: unit, values: columnValues)
            }
        }
    }

    private static func example(_ bytes: UnsafeBufferPointer<UInt8>, _ cell: Range<Int>) -> String {
        let shown = Array(bytes[cell.lowerBound..<min(cell.upperBound, cell.lowerBound + exampleLength)])
        let text = SetitecCellDecoder.decode(shown.map { $0 < 0x20 ? UInt8(ascii: "?") : $0 })
        return cell.count > exampleLength ? text + "..." : text
    }
}
