import WinnowTestSupport
import XCTest

@testable import WinnowCore

/// Planning an ingest: screenshots hashed into content ids, the same bytes are one image, filters, bad screenshots.
final class IngestPlanTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws {
        folder = try TemporaryFolder()
        let png = try RealData.url(RealData.tinyPNG)
        try folder.copy(png, to: "shots/a.png")
        try folder.copy(png, to: "shots/again/a-copy.png")
        try folder.copy(try RealData.url("pngsuite/basn0g08.png"), to: "shots/b.png")
        try folder.write("shots/notes.png", text: "not an image")
    }

    override func tearDown() { folder?.remove() }

    private func line(_ action: String, _ screenshot: String, success: Bool = true, match: String? = nil, click: String? = nil) -> String {
        var fields = [#""action_id":"\#(action)""#, #""action_type":"CLICK""#, #""screenshot_reference":"\#(screenshot)""#, #""success":\#(success)"#]
        if let match {
            fields.append(#""match_summary":{"image_id":"\#(match)","confidence":0.8,"location":{"x":2,"y":3},"template_size":{"width":10,"height":6}}"#)
        }
        if let click { fields.append(#""clicked_location":\#(click)"#) }
        return "{" + fields.joined(separator: ",") + "}"
    }

    private func plan(_ lines: [String], filter: IngestFilter = IngestFilter()) -> (IngestPlan, [IngestProblem]) {
        var heard: [IngestProblem] = []
        let text = lines.joined(separator: "\n") + "\n"
        let plan = IngestPlan.build(lines: TextLine.split(Array(text.utf8)), folder: folder.url, filter: filter,
                                    onProblem: { heard.append($0) }, onRecord: { _ in })
        return (plan, heard)
    }

    func testTheSameBytesUnderTwoPathsAreOneImageWithTheBoxesOfBothRecords() throws {
        let (plan, problems) = plan([
            line("a1", "shots/a.png", match: "ok_button", click: "[4, 5]"),
            line("b1", "shots/b.png"),
            line("a2", folder.file("shots/again/a-copy.png").path, match: "ok_button", click: "[30, 30]"),
        ])
        XCTAssertEqual(problems, [])
        XCTAssertEqual(plan.entries.map(\.image.id), ["c90e86090a625661", "268d061075d1dd2e"], "first 16 hex of SHA-256, in first-seen order")
        let first = try plan.entries.element(0)
        XCTAssertEqual(first.image.imagePath, "images/c90e86090a625661.png")
        XCTAssertEqual([first.image.width, first.image.height], [32, 32], "from the PNG header")
        XCTAssertEqual(first.records.map(\.actionID), ["a1", "a2"])
        XCTAssertEqual(first.boxes.map(\.bbox), [
            BoundingBox(x: 2, y: 3, width: 10, height: 6),
            BoundingBox(x: -21, y: -20, width: 50, height: 50),
            BoundingBox(x: 5, y: 5, width: 50, height: 50),
        ], "the second record's identical match box is not repeated")
    }

    func testFiltersLeaveOutRecordsWithoutChecksTheirScreenshots() {
        let lines = [line("a", "shots/a.png", match: "ok"), line("b", "shots/b.png", success: false, match: "ok"),
                     line("c", "shots/missing.png", success: false)]
        let (successful, problems) = plan(lines, filter: IngestFilter(onlySuccessful: true))
        XCTAssertEqual(problems, [], "a filtered-out record's missing screenshot is not looked at")
        XCTAssertEqual(successful.entries.flatMap(\.records).map(\.actionID), ["a"])
        XCTAssertEqual(successful.filteredOut, 2)
        let (matched, _) = plan(lines, filter: IngestFilter(onlyWithMatches: true))
        XCTAssertEqual(matched.entries.flatMap(\.records).map(\.actionID), ["a", "b"])
        XCTAssertEqual(plan(lines, filter: IngestFilter(onlySuccessful: true, onlyWithMatches: true)).0.entries.flatMap(\.records).map(\.actionID), ["a"])
    }

    func testMissingAndUnreadableScreenshotsAreProblemsOfTheirLine() {
        let (plan, problems) = plan([line("a", "shots/missing.png"), "", line("b", "shots/notes.png"), line("c", "shots/a.png")])
        XCTAssertEqual(plan.entries.count, 1)
        XCTAssertEqual(problems, [
            IngestProblem(line: 1, "screenshot \"shots/missing.png\" does not exist (looked for \(folder.file("shots/missing.png").path)); record skipped"),
            IngestProblem(line: 3, "screenshot \"shots/notes.png\" has no readable PNG, JPEG, WebP or GIF header (looked for \(folder.file("shots/notes.png").path)); record skipped"),
        ])
        XCTAssertEqual(plan.problems, problems)
    }
}
