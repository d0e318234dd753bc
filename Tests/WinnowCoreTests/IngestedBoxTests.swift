import XCTest

@testable import WinnowCore

/// The boxes a record gives: the match's (location is the top-left corner) and the click's 50x50.
final class IngestedBoxTests: XCTestCase {
    private let match = TemplateMatch(category: "login_button", confidence: 0.95, box: BoundingBox(x: 100, y: 50, width: 200, height: 100))

    func testTheMatchBoxStartsAtTheLocationWithTheTemplatesSize() {
        let box = IngestedBox.matched(match)
        XCTAssertEqual(box.bbox, BoundingBox(x: 100, y: 50, width: 200, height: 100))
        XCTAssertEqual(box.json.jsonText,
                       #"{"bbox":[100,50,200,100],"category_name":"login_button","confidence":0.95,"source":"template_matching","verified":false}"#)
    }

    func testTheClickBoxIs50By50CenteredOnTheClickAndVerified() {
        let box = IngestedBox.clicked(at: ClickLocation(x: 150, y: 100), category: "login_button")
        XCTAssertEqual(box.json.jsonText,
                       #"{"bbox":[125,75,50,50],"category_name":"login_button","confidence":1,"source":"user_click","verified":true}"#,
                       "the seed's example: click (150, 100) gives [125, 75, 50, 50]")
        XCTAssertEqual(IngestedBox.clicked(at: ClickLocation(x: 10.5, y: 3), category: "x").bbox,
                       BoundingBox(x: -14.5, y: -22, width: 50, height: 50), "kept as computed; validate flags a box outside the image")
    }

    func testTheClickBoxCategoryComesFromTheMatchItFallsInElseTheTargetType() {
        var record = AutomationRecord(line: 1, actionID: "a", actionType: "CLICK", screenshot: "s.png", match: match,
                                      click: ClickLocation(x: 150, y: 100), clickTargetType: "button")
        XCTAssertEqual(record.boxes.map(\.category), ["login_button", "login_button"])
        XCTAssertEqual(record.boxes.map(\.source), [.templateMatching, .userClick])
        record.click = ClickLocation(x: 400, y: 100)
        XCTAssertEqual(record.boxes.map(\.category), ["login_button", "button"], "a click beside the match hit something else")
        record.clickTargetType = nil
        XCTAssertEqual(record.boxes.last?.category, "click_target")
        record.match = nil
        record.click = nil
        XCTAssertEqual(record.boxes, [])
    }

    func testBoxesAreTheSameByPlaceSizeCategoryAndSourceNotByScore() {
        let again = IngestedBox.matched(TemplateMatch(category: "login_button", confidence: 0.5, box: match.box))
        XCTAssertEqual(again.identity, IngestedBox.matched(match).identity)
        XCTAssertEqual(IngestedBox.identity(ofEntry: IngestedBox.matched(match).json), again.identity)
        let moved = IngestedBox.matched(TemplateMatch(category: "login_button", confidence: 0.95, box: BoundingBox(x: 101, y: 50, width: 200, height: 100)))
        XCTAssertNotEqual(moved.identity, again.identity)
        XCTAssertNotEqual(IngestedBox.clicked(at: ClickLocation(x: 150, y: 100), category: "login_button").identity,
                          IngestedBox.matched(TemplateMatch(category: "login_button", confidence: 1, box: BoundingBox(x: 125, y: 75, width: 50, height: 50))).identity)
    }
}
