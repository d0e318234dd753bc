extension AutomationRecord {
    /// The result of reading one line: a record, nothing (a blank line), or why it was skipped.
    public enum ParsedLine: Equatable, Sendable {
        case blank
        case record(AutomationRecord)
        case problem(IngestProblem)
    }

    /// Required: `action_id`, `action_type`, `screenshot_reference`, `success`. Optional:
    /// `match_summary` {`image_id`, `confidence`, `location` {x, y}, `template_size` {width, height}},
    /// `clicked_location` [x, y], `click_button`, `click_target_type`, `active_states_before` (or
    /// `active_states`), `timestamp`. Python's `NaN` reads as a missing number.
    static func parse(_ line: TextLine) -> ParsedLine {
        if line.isBlank { return .blank }
        let value: JSONValue
        do {
            value = try LenientJSON.parse(line.bytes).value
        } catch {
            return .problem(IngestProblem(line: line.number, "not valid JSON (column \(error.column): \(error.message)); record skipped"))
        }
        guard let object = value.objectValue else {
            return .problem(IngestProblem(line: line.number, "not a JSON object; record skipped"))
        }
        do {
            return .record(try AutomationRecord(RecordFields(object: object, line: line.number, prefix: "")))
        } catch {
            return .problem(error)
        }
    }

    private init(_ fields: RecordFields) throws(IngestProblem) {
        line = fields.line
        actionID = try fields.string("action_id")
        actionType = try fields.string("action_type")
        screenshot = try fields.string("screenshot_reference")
        success = try fields.bool("success")
        match = fields.value("match_summary") == nil ? nil : try TemplateMatch.parse(try fields.nested("match_summary"))
        click = try fields.value("clicked_location").map { value throws(IngestProblem) in
            try ClickLocation.parse(value, fields: fields, key: "clicked_location")
        }
        clickButton = try fields.optionalString("click_button")
        clickTargetType = try fields.optionalString("click_target_type")
        let statesKey = fields.value("active_states_before") == nil ? "active_states" : "active_states_before"
        activeStates = try fields.strings(statesKey)
        timestamp = try Self.timestamp(fields)
    }

    private static func timestamp(_ fields: RecordFields) throws(IngestProblem) -> JSONValue {
        guard let value = fields.value("timestamp") else { return .null }
        guard value.stringValue != nil || value.doubleValue != nil else {
            throw fields.wrongType("timestamp", value, "a string or a number")
        }
        return value
    }
}
