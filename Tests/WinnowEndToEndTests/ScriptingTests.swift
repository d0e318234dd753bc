import Foundation
import WinnowCore
import WinnowTestSupport
import XCTest

/// What a script or a new user meets at the command line.
final class ScriptingTests: XCTestCase {
    func testAnUnknownCommandIsNamedWithTheKnownOnes() throws {
        let result = try WinnowProcess.run(["bogus-cmd", "SampleDatasets"])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stdout, "")
        XCTAssertTrue(result.stderr.hasPrefix("winnow: unknown command 'bogus-cmd' (commands: review, summary, list, show, verdict,"), result.stderr)
    }

    func testAMissingPathIsReportedBeforeAnyFullScreenView() throws {
        let result = try WinnowProcess.run(["/nonexistent"])
        XCTAssertEqual(result.status, 3)
        XCTAssertEqual(result.stdout, "", "nothing drawn: no terminal escape reached stdout")
        XCTAssertEqual(result.stderr, "winnow: /nonexistent: no such file or folder\n")
    }

    func testShowPrintsAReadableViewAndListPrintsConfidencesAsTheScreenDoes() throws {
        let copy = try SampleCopy()
        let path = copy.dataset.path
        XCTAssertEqual(try WinnowProcess.run(["flag", path, "ad0b71402e9cc582", "--reviewer", "ana"]).status, 0)
        let show = try WinnowProcess.run(["show", path, "ad0b71402e9cc582"])
        XCTAssertEqual(show.status, 0, show.stderr)
        let lines = show.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(try lines.element(0), "ad0b71402e9cc582  screenshot  images/ad0b71402e9cc582.png  1280x800")
        XCTAssertEqual(try lines.element(1), "tier high 0.93  verdict none  flagged")
        XCTAssertEqual(try lines.element(2), "labels (9)")
        XCTAssertEqual(try lines.element(3), "  0  close_button  x1249 y5 21x19  0.93  template_matching")
        XCTAssertTrue(lines.contains("  8  login_button  x615 y467 50x50  1.00  user_click  verified"), show.stdout)
        XCTAssertTrue(lines.contains { $0.hasPrefix("  #1  ") && $0.hasSuffix("  ana  flag  flag on") }, show.stdout)
        let list = try WinnowProcess.run(["list", path])
        XCTAssertEqual(list.stdout.split(separator: "\n").first, "-\thigh\t0.93\t9 labels\t0 issues\tad0b71402e9cc582")
    }

    func testSummaryCountsTheUndecodableImagesValidateReports() throws {
        let web = WinnowProcess.realdata.appendingPathComponent("screens/webui_homework").path
        guard FileManager.default.fileExists(atPath: web) else { throw XCTSkip("real data not here") }
        let validate = try WinnowProcess.run(["validate", web, "--json", "--state", try TemporaryFolder().url.path])
        XCTAssertEqual(validate.status, 1)
        let errors = try JSONParser.parse(validate.stdout)["issues"]?.arrayValue?.filter { $0["severity"]?.stringValue == "error" }.count
        let summary = try WinnowProcess.run(["summary", web, "--json", "--state", try TemporaryFolder().url.path])
        XCTAssertEqual(try JSONParser.parse(summary.stdout)["issues"]?["error"]?.intValue, errors)
        XCTAssertEqual(errors, 1, "the WebP image")
    }

    func testWithoutUSERTheReviewerIsTheLoginName() throws {
        let copy = try SampleCopy()
        let result = try WinnowProcess.shell("env -u USER -u LOGNAME '\(WinnowProcess.binary.path)' verdict '\(copy.dataset.path)' ad0b71402e9cc582 good")
        XCTAssertEqual(result.status, 0, result.stderr)
        let expected = try WinnowProcess.shell("id -un").stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertTrue(try copy.journalLines().element(0).contains(#""reviewer":"\#(expected)""#), copy.journalLines().shown(0))
    }
}

/// Headless scripts can let virtual time pass; summary and validate agree on broken images.
final class ScriptAndImageCheckTests: XCTestCase {
    func testAWaitInAKeyScript() throws {
        let copy = try SampleCopy()
        let result = try WinnowProcess.run(["review", copy.dataset.path, "--headless", "--keys-string", "a <wait:0.6> x", "--frames", "--reviewer", "ana"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(copy.journalLines().count, 2)
        XCTAssertTrue(result.stdout.contains("t=0.6s"), "the frame after the wait is stamped with virtual time")
        let bad = try WinnowProcess.run(["review", copy.dataset.path, "--headless", "--keys-string", "<wait:soon>"])
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.stderr.contains("<wait:SECONDS>"), bad.stderr)
    }

    func testSummaryCountsATruncatedImageAsValidateDoes() throws {
        let copy = try SampleCopy()
        let images = copy.dataset.appendingPathComponent("images")
        let first = try XCTUnwrap(FileManager.default.contentsOfDirectory(atPath: images.path).sorted().first)
        let url = images.appendingPathComponent(first)
        try Data(try Data(contentsOf: url).prefix(2000)).write(to: url)
        let validate = try WinnowProcess.run(["validate", copy.dataset.path, "--json"])
        XCTAssertEqual(validate.status, 1)
        let errors = try JSONParser.parse(validate.stdout)["issues"]?.arrayValue?.filter { $0["severity"]?.stringValue == "error" }.count
        let summary = try JSONParser.parse(try WinnowProcess.run(["summary", copy.dataset.path, "--json"]).stdout)
        XCTAssertEqual(summary["issues"]?["error"]?.intValue, errors)
    }
}
