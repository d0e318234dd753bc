/// Reads the data table, from the line under the `Position (mm)` header to the end of the file,
/// straight from the bytes. The first row decides how many columns there are; names bind to
/// them by position (a header may name more or fewer columns than the rows hold).
enum SetitecDataTableReader {
    static func read(
        _ bytes: UnsafeBufferPointer<UInt8>, header: SetitecLine, names: [String], separator: UInt8, fileName: String
    ) -> Result<SetitecDataTable, SetitecFailure> {
        guard let first = firstRow(bytes, after: header, separator: separator) else {
            return .failure(SetitecFailure(location: "\(fileName):\(header.number)", reason: "the data table has a header but no rows (no samples)"))
        }
        let width = valueCount(of: first, in: bytes, separator: separator)
        let columnNames = (0..<width).map { $0 < names.count ? names[$0] : "Column \($0 + 1)" }
        var rows = SetitecRowAccumulator(width: width, names: columnNames, expectedBytes: bytes.count - first.start, rowBytes: first.next - first.start)
        var line: SetitecLine? = first
        while let current = line {
            if !current.isBlank(in: bytes, separator: separator) { rows.append(current, from: bytes, separator: separator) }
            line = SetitecLine.at(current.next, number: current.number + 1, in: bytes)
        }
        var issues = headerIssues(names: names, width: width, headerLine: header.number, fileName: fileName)
        // The first row sets the width, so it is never dropped as short: at least one row stays.
        issues += rows.finish(fileName: fileName)
        return .success(SetitecDataTable(channels: rows.channels(), issues: issues))
    }

    private static func firstRow(_ bytes: UnsafeBufferPointer<UInt8>, after header: SetitecLine, separator: UInt8) -> SetitecLine? {
        var line = SetitecLine.at(header.next, number: header.number + 1, in: bytes)
        while let current = line, current.isBlank(in: bytes, separator: separator) {
            line = SetitecLine.at(current.next, number: current.number + 1, in: bytes)
        }
        return line
    }

    /// Cells up to the last one that holds something (lines may end in separators).
    private static func valueCount(of line: SetitecLine, in bytes: UnsafeBufferPointer<UInt8>, separator: UInt8) -> Int {
        let ranges = line.cellRanges(in: bytes, separator: separator)
        let lastFilled = ranges.lastIndex { range in range.contains { !SetitecNumberParser.isPadding(bytes[$0]) } }
        return (lastFilled ?? 0) + 1
    }

    private static func headerIssues(names: [String], width: Int, headerLine: Int, fileName: String) -> [Issue] {
        guard names.count != width else { return [] }
        let location = "\(fileName):\(headerLine)"
        if names.count > width {
            let unbound = names[width...].map { "\"\($0)\"" }.joined(separator: ", ")
            return [Issue(.warning, "signal.header-mismatch",
                          "the data header names \(names.count) columns but rows hold \(width) values; bound by position, no values for \(unbound)",
                          location: location)]
        }
        return [Issue(.warning, "signal.header-mismatch",
                      "rows hold \(width) values but the data header names \(names.count) columns; the extra columns are called \"Column N\"",
                      location: location)]
    }
}
