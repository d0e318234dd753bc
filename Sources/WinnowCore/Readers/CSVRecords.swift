/// RFC 4180 records: fields split by commas (or another separator), quoted fields may hold the
/// separator, doubled quotes and line breaks; lines end in LF or CRLF; blank lines hold no record.
/// Each record keeps the line it starts on, for messages. An unclosed quote runs to the end of the
/// file and is reported by its line. Text datasets and the CSV export's read-back both use it.
public struct CSVRecords {
    public private(set) var records: [(line: Int, fields: [String])] = []
    public private(set) var unclosedQuoteLine: Int?

    /// Just the fields of each record.
    public static func parse(_ text: String) -> [[String]] { CSVRecords(text).records.map(\.fields) }

    public init(_ text: String, separator: Character = ",") {
        var field = "", fields: [String] = []
        var line = 1, recordLine = 1
        var quoted = false, wasQuoted = false
        var iterator = text.makeIterator()
        var pending: Character? = iterator.next()
        func finishRecord() {
            fields.append(field)
            if !(fields.count == 1 && fields[0].isEmpty && !wasQuoted) { records.append((recordLine, fields)) }
            field = ""
            fields = []
            wasQuoted = false
        }
        while let c = pending {
            pending = iterator.next()
            if quoted {
                if c == "\"" {
                    if pending == "\"" { field.append("\""); pending = iterator.next() } else { quoted = false }
                } else {
                    if c == "\n" || c == "\r\n" { line += 1 }
                    field.append(c)
                }
            } else if c == "\"" && field.isEmpty {
                quoted = true
                wasQuoted = true
            } else if c == separator {
                fields.append(field)
                field = ""
            } else if c == "\n" || c == "\r\n" || c == "\r" {
                finishRecord()
                line += 1
                recordLine = line
            } else {
                field.append(c)
            }
        }
        if quoted { unclosedQuoteLine = recordLine }
        if !field.isEmpty || !fields.isEmpty { finishRecord() }
    }
}
