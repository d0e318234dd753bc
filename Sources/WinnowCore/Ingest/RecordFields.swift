/// Typed reads of a record's JSON object. A missing or mistyped field becomes an `IngestProblem`
/// that names the field by its path in the record (`match_summary.location.x`).
struct RecordFields {
    let object: JSONObject
    let line: Int
    /// `""` for the record itself, `"match_summary."` inside it.
    let prefix: String

    func problem(_ message: String) -> IngestProblem { IngestProblem(line: line, message) }

    /// nil when the field is absent or null: optional fields may be written either way.
    func value(_ key: String) -> JSONValue? {
        guard let value = object[key], !value.isNull else { return nil }
        return value
    }

    func string(_ key: String) throws(IngestProblem) -> String {
        guard let text = try optionalString(key), !text.isEmpty else { throw missing(key, "a non-empty string") }
        return text
    }

    func optionalString(_ key: String) throws(IngestProblem) -> String? {
        guard let value = value(key) else { return nil }
        guard let text = value.stringValue else { throw wrongType(key, value, "a string") }
        return text
    }

    func bool(_ key: String) throws(IngestProblem) -> Bool {
        guard let value = value(key) else { throw missing(key, "true or false") }
        guard let flag = value.boolValue else { throw wrongType(key, value, "true or false") }
        return flag
    }

    func number(_ key: String) throws(IngestProblem) -> Double {
        guard let value = value(key) else { throw missing(key, "a number") }
        guard let number = value.doubleValue, number.isFinite else { throw wrongType(key, value, "a number") }
        return number
    }

    func nested(_ key: String) throws(IngestProblem) -> RecordFields {
        guard let value = value(key) else { throw missing(key, "an object") }
        guard let object = value.objectValue else { throw wrongType(key, value, "an object") }
        return RecordFields(object: object, line: line, prefix: prefix + key + ".")
    }

    /// A list of strings; absent or null reads as empty.
    func strings(_ key: String) throws(IngestProblem) -> [String] {
        guard let value = value(key) else { return [] }
        guard let array = value.arrayValue, array.allSatisfy({ $0.stringValue != nil }) else {
            throw wrongType(key, value, "a list of strings")
        }
        return array.compactMap(\.stringValue)
    }

    func missing(_ key: String, _ expected: String) -> IngestProblem {
        problem("missing \"\(prefix)\(key)\" (\(expected)); record skipped")
    }

    func wrongType(_ key: String, _ value: JSONValue, _ expected: String) -> IngestProblem {
        problem("\"\(prefix)\(key)\" is \(Self.shortText(value)), not \(expected); record skipped")
    }

    /// The offending value as JSON, cut short so one huge value cannot flood the terminal.
    static func shortText(_ value: JSONValue) -> String {
        let text = value.jsonText
        return text.count <= 40 ? text : String(text.prefix(37)) + "..."
    }
}
