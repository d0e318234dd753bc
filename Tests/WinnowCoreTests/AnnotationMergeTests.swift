import WinnowTestSupport
import XCTest

@testable import WinnowCore

/// New boxes and actions into an image's annotation file: appended, never duplicated, the rest untouched.
final class AnnotationMergeTests: XCTestCase {
    private let image = ScreenshotImage(id: "c90e86090a625661", source: URL(fileURLWithPath: "/x.png"), kind: .png, width: 32, height: 32)
    private let match = TemplateMatch(category: "ok", confidence: 0.8, box: BoundingBox(x: 2, y: 3, width: 10, height: 6))

    private func entry(_ records: [AutomationRecord]) throws -> IngestPlan.Entry {
        var plan = IngestPlan()
        for record in records { plan.add(record, image: image) }
        return try plan.entries.element(0)
    }

    private func record(_ id: String, match: TemplateMatch? = nil, click: ClickLocation? = nil) -> AutomationRecord {
        AutomationRecord(line: 1, actionID: id, actionType: "CLICK", screenshot: "a.png", match: match, click: click)
    }

    func testAFreshFileHoldsTheBoxesAndTheActions() throws {
        let entry = try entry([record("a", match: match, click: ClickLocation(x: 7, y: 6))])
        let merged = try AnnotationMerge.merge(entry, into: AnnotationMerge.fresh(entry))
        XCTAssertEqual(JSONWriter.string(.object(merged.document)), #"{"image":"images/c90e86090a625661.png","width":32,"height":32,"annotations":[{"bbox":[2,3,10,6],"category_name":"ok","confidence":0.8,"source":"template_matching","verified":false},{"bbox":[-18,-19,50,50],"category_name":"ok","confidence":1,"source":"user_click","verified":true}],"context":{"actions":[{"action_id":"a","action_type":"CLICK","success":true,"timestamp":null,"active_states":[],"screenshot_reference":"a.png","clicked_location":[7,6]}]}}"#)
        XCTAssertEqual(merged.added.map(\.source), [.templateMatching, .userClick])
        XCTAssertTrue(merged.changed)
    }

    func testAnExistingFileKeepsItsBoxesInOrderAndGetsOnlyTheNewOnes() throws {
        let existing = try XCTUnwrap(try JSONParser.parse(#"""
            {"image":"images/c90e86090a625661.png","annotations":[
              {"bbox":[0,0,4,4],"category_name":"logo","confidence":0.5,"source":"template_matching","verified":false,"note":"kept"},
              {"bbox":[2,3,10,6],"category_name":"ok","confidence":0.99,"source":"template_matching","verified":false}],
             "context":{"screen":"login"}}
            """#).objectValue)
        let merged = try AnnotationMerge.merge(entry([record("a", match: match), record("b", click: ClickLocation(x: 30, y: 30))]), into: existing)
        let boxes = try XCTUnwrap(merged.document["annotations"]?.arrayValue)
        XCTAssertEqual(boxes.map { $0["category_name"]?.stringValue }, ["logo", "ok", "click_target"])
        XCTAssertEqual(try boxes.element(0)["note"], "kept")
        XCTAssertEqual(try boxes.element(1)["confidence"], 0.99, "the same match with another score is not a second box")
        XCTAssertEqual(merged.added.map(\.source), [.userClick])
        XCTAssertEqual(merged.document["context"]?["screen"], "login")
        XCTAssertEqual(merged.document["context"]?["actions"]?.arrayValue?.map { $0["action_id"]?.stringValue }, ["a", "b"])

        let again = try AnnotationMerge.merge(entry([record("a", match: match), record("b", click: ClickLocation(x: 30, y: 30))]), into: merged.document)
        XCTAssertEqual(again.added, [])
        XCTAssertFalse(again.changed, "the same records twice change nothing")
        XCTAssertEqual(again.document, merged.document)
    }

    func testAFileWhoseAnnotationsAreNotAListIsNotTouched() throws {
        let broken = try XCTUnwrap(try JSONParser.parse(#"{"annotations":{"bbox":[1,2,3,4]}}"#).objectValue)
        XCTAssertThrowsError(try AnnotationMerge.merge(entry([record("a", match: match)]), into: broken)) { error in
            XCTAssertEqual((error as? IngestFailure)?.message, "its \"annotations\" is not a list")
        }
    }
}
