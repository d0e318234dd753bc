/// Turns one header section into metadata. Most sections are pairs of a header line and a values
/// line (several pairs merge into one object); Program and Step Results are tables with one row
/// per program step, read as an array of row objects.
enum SetitecSectionReader {
    static let tableSections: Set<String> = ["Program", "Step Results"]

    static func value(of section: SetitecSection, fileName: String, issues: inout [Issue]) -> JSONValue {
        if tableSections.contains(section.name) { return .array(table(section, fileName: fileName, issues: &issues)) }
        return .object(record(section, fileName: fileName, issues: &issues))
    }

    /// Header line, then its values on the very next line (a blank one means "all empty", as after
    /// `Comment`), then blank filler until the next header line.
    private static func record(_ section: SetitecSection, fileName: String, issues: inout [Issue]) -> JSONObject {
        let rows = section.rows
        var object = JSONObject()
        var index = 0
        while index < rows.count {
            guard !rows[index].isBlank else {
                index += 1
                continue
            }
            var names = rows[index].cells
            var valuesIndex = index + 1
            if let continuation = splitHeaderContinuation(rows, headerIndex: index) {
                names += rows[continuation].cells.dropFirst()
                issues.append(Issue(
                    .info, "signal.split-header",
                    "\(section.name): header line continues on line \(rows[continuation].line) after \(continuation - index - 1) blank lines; joined",
                    location: "\(fileName):\(rows[index].line)"))
                valuesIndex = continuation + 1
            }
            let values = valuesIndex < rows.count ? rows[valuesIndex] : nil
            if let values { noteMismatch(section, names: names, values: values, fileName: fileName, issues: &issues) }
            bind(names, values?.cells ?? [], into: &object)
            index = valuesIndex + 1
        }
        return object
    }

    /// First non-blank line is the header, every later non-blank line one step.
    private static func table(_ section: SetitecSection, fileName: String, issues: inout [Issue]) -> [JSONValue] {
        let lines = section.rows.filter { !$0.isBlank }
        guard let header = lines.first else { return [] }
        var noted = false
        return lines.dropFirst().map { row in
            if !noted { noted = noteMismatch(section, names: header.cells, values: row, fileName: fileName, issues: &issues) }
            var object = JSONObject()
            bind(header.cells, row.cells, into: &object)
            return .object(object)
        }
    }

    /// v4 files break the Control Box Datas header line, leave 47 blank lines, and go on with a line
    /// that repeats the last name before the break. Returns the index of that continuation line.
    private static func splitHeaderContinuation(_ rows: [SetitecRow], headerIndex: Int) -> Int? {
        guard headerIndex + 1 < rows.count, rows[headerIndex + 1].isBlank, let lastName = rows[headerIndex].cells.last else { return nil }
        var index = headerIndex + 1
        while index < rows.count, rows[index].isBlank { index += 1 }
        guard index + 1 < rows.count, rows[index].cells.first == lastName, !rows[index + 1].isBlank else { return nil }
        return index
    }

    /// More values than names means some value has no name (two names ran together in the header):
    /// worth a note, since every later value is then bound to its neighbour's name.
    @discardableResult
    private static func noteMismatch(_ section: SetitecSection, names: [String], values: SetitecRow, fileName: String, issues: inout [Issue]) -> Bool {
        guard values.cells.count > names.count else { return false }
        issues.append(Issue(
            .info, "signal.section-mismatch",
            "\(section.name): the header names \(names.count) fields but this line holds \(values.cells.count) values; bound by position",
            location: "\(fileName):\(values.line)"))
        return true
    }

    /// Binds values to names by position. Values without a name become "Column N"; a name that
    /// repeats gets " #2".
    static func bind(_ names: [String], _ values: [String], into object: inout JSONObject) {
        for position in 0..<max(names.count, values.count) {
            let text = position < values.count ? values[position] : ""
            if position >= names.count, text.isEmpty { continue }
            let name = position < names.count && !names[position].isEmpty ? names[position] : "Column \(position + 1)"
            object[uniqueKey(name, in: object)] = SetitecMetadataValue.json(text)
        }
    }

    static func uniqueKey(_ key: String, in object: JSONObject) -> String {
        guard object[key] != nil else { return key }
        var count = 2
        while object["\(key) #\(count)"] != nil { count += 1 }
        return "\(key) #\(count)"
    }
}
