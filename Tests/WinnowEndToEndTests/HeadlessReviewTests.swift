import Foundation
import WinnowTestSupport
import XCTest
import WinnowCore

/// Whole frames from key scripts, compared with readable text snapshots.
final class HeadlessReviewTests: XCTestCase {
    private func headless(_ copy: SampleCopy, _ keys: String, size: String = "120x36", extra: [String] = []) throws -> String {
        let result = try WinnowProcess.run(["review", copy.dataset.path, "--headless", "--keys-string", keys, "--size", size, "--reviewer", "ana", "--queue", "all"] + extra)
        XCTAssertEqual(result.status, 0, result.stderr)
        return result.stdout
    }

    func testFirstScreenOfTheSamples() throws {
        Snapshot.assert(try headless(try SampleCopy(), ""), named: "samples-first-screen")
    }

    func testVerdictsMoveOnAndAreJournaled() throws {
        let copy = try SampleCopy()
        let screen = try headless(copy, "a x <Space> <Tab>")
        Snapshot.assert(screen, named: "samples-after-three-verdicts")
        let lines = copy.journalLines()
        XCTAssertEqual(lines.count, 3)
        XCTAssertTrue(try lines.element(0).contains(#""verdict":"good""#) && lines.element(0).contains(#""reviewer":"ana""#))
        XCTAssertTrue(try lines.element(1).contains(#""verdict":"bad""#))
        XCTAssertTrue(try lines.element(2).contains(#""verdict":"skip""#))
        XCTAssertTrue(screen.contains("3/"), "progress counts three reviewed")
    }

    func testUndoAndRedoSurviveRestarts() throws {
        let copy = try SampleCopy()
        _ = try headless(copy, "a a")
        _ = try headless(copy, "u")
        func verdicts() throws -> [String?] {
            try WinnowProcess.run(["list", copy.dataset.path, "--json"]).stdout.split(separator: "\n")
                .map { try JSONParser.parse(String($0))["verdict"]?.stringValue }
        }
        XCTAssertEqual(try verdicts().prefix(2), ["good", nil])
        _ = try headless(copy, "U")
        XCTAssertEqual(try verdicts().prefix(2), ["good", "good"])
        XCTAssertEqual(copy.journalLines().count, 4)
        XCTAssertTrue(try copy.journalLines().element(2).contains(#""type":"undo","target":2"#))
    }

    func testHelpOverlayListsCommandsWithTheirKeys() throws {
        let screen = try headless(try SampleCopy(), "?")
        Snapshot.assert(screen, named: "samples-help")
        XCTAssertTrue(screen.contains("verdict.good"))
    }

    func testFramesPrintsEveryFrameWithTheBytesOfItsDiff() throws {
        let output = try headless(try SampleCopy(), "j j", extra: ["--frames"])
        let headers = output.split(separator: "\n").filter { $0.hasPrefix("--- frame ") }
        XCTAssertGreaterThanOrEqual(headers.count, 4, "loading view, first item, and a frame per key:\n\(headers)")
        let bytes = try headers.map { Int(try $0.split(separator: " ").element(6))! }
        let firstFrame = output.split(separator: "\n").dropFirst().prefix(36).joined(separator: "\n")
        XCTAssertTrue(firstFrame.contains("Loading "), "the loading view is the first frame")
        XCTAssertLessThan(bytes.last!, bytes.max()!, "a key repaints only what changed: \(bytes)")
        let plain = try headless(try SampleCopy(), "j j")
        XCTAssertTrue(output.hasSuffix("bytes\n" + plain), "the last frame is what plain --headless prints")
    }

    func testTooSmallTerminalShowsANoteInsteadOfPanes() throws {
        let screen = try headless(try SampleCopy(), "", size: "59x20")
        XCTAssertTrue(screen.contains("Make the window larger"), screen)
        XCTAssertFalse(screen.contains("Queue"))
    }

    func testAsciiModeUsesNoNonASCII() throws {
        let screen = try headless(try SampleCopy(), "a", extra: ["--ascii"])
        XCTAssertTrue(screen.unicodeScalars.allSatisfy { $0.isASCII }, "ASCII mode printed non-ASCII:\n\(screen)")
        XCTAssertTrue(screen.contains("Queue"))
    }

    func testControlCharactersFromDataAreShownNotObeyed() throws {
        let copy = try SampleCopy()
        let annotations = copy.dataset.appendingPathComponent("annotations")
        let first = try XCTUnwrap(FileManager.default.contentsOfDirectory(atPath: annotations.path).sorted().first)
        let url = annotations.appendingPathComponent(first)
        let text = try String(contentsOf: url, encoding: .utf8)
        let poisoned = text.replacingOccurrences(of: #""category_name": ""#, with: #""category_name": "\u001b]0;pwned\u0007"#)
        try poisoned.write(to: url, atomically: true, encoding: .utf8)
        // Which item uses this annotation file: find it in the manifest so the cursor is on it.
        let rows = try WinnowProcess.run(["list", copy.dataset.path, "--json"]).stdout.split(separator: "\n")
        let id = String(first.dropLast(5))
        let position = try XCTUnwrap(rows.firstIndex { $0.contains(id) })
        let screen = try headless(copy, String(repeating: "j", count: position))
        XCTAssertFalse(screen.contains("\u{1B}"), "raw ESC reached the output")
        XCTAssertFalse(screen.contains("\u{07}"))
        XCTAssertTrue(screen.contains("^[]0;pwned^G"), screen)
    }

    func testUnwritableStateIsReportedAtStartAndVerdictsAreNotShownAsSaved() throws {
        let copy = try SampleCopy()
        // Tests run as root, which ignores permission bits: a file where .winnow/ should be fails alike.
        try Data("x".utf8).write(to: copy.dataset.appendingPathComponent(".winnow"))
        let screen = try headless(copy, "a", size: "200x40")
        XCTAssertTrue(screen.contains("--state DIR"), screen)
        XCTAssertFalse(screen.contains("saved: good"), screen)
        XCTAssertTrue(screen.contains("Progress 0/"), screen)
    }

    func testBoxOverlayAtTwoScalesAndInZoom() throws {
        let copy = try SampleCopy()
        Snapshot.assert(try headless(copy, "e <Tab>", size: "120x36"), named: "boxes-120x36")
        Snapshot.assert(try headless(copy, "e <Tab>", size: "200x60"), named: "boxes-200x60")
        let zoomed = try headless(copy, "e z", size: "120x36")
        Snapshot.assert(zoomed, named: "boxes-zoom")
        XCTAssertTrue(zoomed.contains("zoom 64x66"), zoomed)
    }
}
