import XCTest

@testable import WinnowCore

/// Parsing one records line: the seed's ActionExecutionRecord fields, and what is wrong with a bad line.
final class AutomationRecordTests: XCTestCase {
    /// The seed's example record, as `json.dumps` would write it (the tuple becomes a list).
    static let seedExample = """
        {"action_id": "click-button-123", "action_type": "CLICK", "screenshot_reference": "screenshots/screenshot-0001.png", \
        "match_summary": {"image_id": "login_button", "confidence": 0.95, "location": {"x": 100, "y": 50}, \
        "template_size": {"width": 200, "height": 100}}, "clicked_location": [150, 100], "click_button": "left", \
        "click_target_type": "button", "active_states_before": ["Login"], "success": true}
        """

    private func parse(_ text: String, line: Int = 7) -> AutomationRecord.ParsedLine {
        AutomationRecord.parse(TextLine(number: line, bytes: ArraySlice(text.utf8)))
    }

    private func problem(_ text: String, line: Int = 7) -> String? {
        guard case .problem(let problem) = parse(text, line: line) else { return nil }
        XCTAssertEqual(problem.line, line)
        return problem.message
    }

    func testTheSeedsExampleRecordReadsWithEveryField() {
        let expected = AutomationRecord(
            line: 7, actionID: "click-button-123", actionType: "CLICK", screenshot: "screenshots/screenshot-0001.png",
            match: TemplateMatch(category: "login_button", confidence: 0.95, box: BoundingBox(x: 100, y: 50, width: 200, height: 100)),
            click: ClickLocation(x: 150, y: 100), clickButton: "left", clickTargetType: "button",
            activeStates: ["Login"], success: true, timestamp: .null)
        XCTAssertEqual(parse(Self.seedExample), .record(expected))
    }

    func testOptionalFieldsMayBeAbsentOrNullAndTakeTheirOtherShapes() throws {
        let minimal = parse(#"{"action_id":"a","action_type":"TYPE","screenshot_reference":"s.png","success":false,"match_summary":null}"#)
        XCTAssertEqual(minimal, .record(AutomationRecord(line: 7, actionID: "a", actionType: "TYPE", screenshot: "s.png", success: false)))
        let other = parse(#"{"action_id":"a","action_type":"CLICK","screenshot_reference":"s.png","success":true,"clicked_location":{"x":3.5,"y":4},"active_states":["Home"],"timestamp":1730797200}"#)
        guard case .record(let record) = other else { return XCTFail("\(other)") }
        XCTAssertEqual(record.click, ClickLocation(x: 3.5, y: 4))
        XCTAssertEqual(record.activeStates, ["Home"], "active_states is read when active_states_before is absent")
        XCTAssertEqual(record.timestamp, .number(1_730_797_200))
    }

    func testBlankLinesAreNotRecords() {
        XCTAssertEqual(parse("   \t"), .blank)
    }

    func testBadLinesSayWhatIsWrongOnTheirLine() {
        let base = #""action_type":"CLICK","screenshot_reference":"s.png","success":true"#
        XCTAssertEqual(problem("{\"action_id\":\"a\",", line: 3), "not valid JSON (column 18: expected a quoted key); record skipped")
        XCTAssertEqual(problem("[1, 2]"), "not a JSON object; record skipped")
        XCTAssertEqual(problem("{\(base)}", line: 12), "missing \"action_id\" (a non-empty string); record skipped")
        XCTAssertEqual(problem(#"{"action_id":"a","action_type":"CLICK","screenshot_reference":"s.png"}"#),
                       "missing \"success\" (true or false); record skipped")
        XCTAssertEqual(problem(#"{"action_id":"a","action_type":"CLICK","screenshot_reference":"s.png","success":"yes"}"#),
                       "\"success\" is \"yes\", not true or false; record skipped")
        XCTAssertEqual(problem(#"{"action_id":"a",\#(base),"match_summary":{"image_id":"ok","confidence":0.9,"location":{"y":1},"template_size":{"width":5,"height":5}}}"#),
                       "missing \"match_summary.location.x\" (a number); record skipped")
        XCTAssertEqual(problem(#"{"action_id":"a",\#(base),"match_summary":{"image_id":"ok","confidence":NaN,"location":{"x":1,"y":1},"template_size":{"width":5,"height":5}}}"#),
                       "missing \"match_summary.confidence\" (a number); record skipped", "Python's NaN is no score")
        XCTAssertEqual(problem(#"{"action_id":"a",\#(base),"match_summary":{"image_id":"ok","confidence":1.5,"location":{"x":1,"y":1},"template_size":{"width":5,"height":5}}}"#),
                       "\"match_summary.confidence\" 1.5 is outside 0...1; record skipped")
        XCTAssertEqual(problem(#"{"action_id":"a",\#(base),"match_summary":{"image_id":"ok","confidence":0.5,"location":{"x":1,"y":1},"template_size":{"width":0,"height":5}}}"#),
                       "\"match_summary.template_size\" 0x5 is empty; record skipped")
        XCTAssertEqual(problem(#"{"action_id":"a",\#(base),"clicked_location":[1]}"#),
                       "\"clicked_location\" is [1], not [x, y] or {\"x\": X, \"y\": Y}; record skipped")
        XCTAssertEqual(problem(#"{"action_id":"a",\#(base),"active_states_before":"Login"}"#),
                       "\"active_states_before\" is \"Login\", not a list of strings; record skipped")
    }
}
