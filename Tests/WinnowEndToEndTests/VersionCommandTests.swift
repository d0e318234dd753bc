import Foundation
import WinnowCore
import WinnowTestSupport
import XCTest

/// Versions through the real binary: created, listed, compared, exported as they were, and a
/// source changed on disk since reported.
final class VersionCommandTests: XCTestCase {
    private func winnow(_ arguments: [String], environment: [String: String] = [:]) throws -> WinnowProcess.Result {
        try WinnowProcess.run(arguments, environment: environment)
    }

    func testCreateListDiffAndExportAVersion() throws {
        let copy = try SampleCopy("text")
        let file = copy.dataset.appendingPathComponent("intents.jsonl").path
        let first = try winnow(["version", file, "create", "-m", "as collected"])
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertTrue(first.stdout.hasPrefix("version 1.0: 1 source files, journal at "), first.stdout)
        let verdicts = try WinnowProcess.run(["verdict", file, "--from", "-"], stdin: "int_05 bad duplicate\nint_01 good\n")
        XCTAssertEqual(verdicts.status, 0, verdicts.stderr)
        XCTAssertEqual(try winnow(["version", file, "create", "-m", "duplicates judged"]).status, 0)
        let major = try winnow(["version", file, "create", "-m", "release", "--major"])
        XCTAssertTrue(major.stdout.hasPrefix("version 2.0"), major.stdout)

        let list = try JSONParser.parse(try winnow(["version", file, "list", "--json"]).stdout)
        XCTAssertEqual(list.arrayValue?.compactMap { $0["number"]?.stringValue }, ["1.0", "1.1", "2.0"])
        XCTAssertEqual(list.arrayValue?.first?["changed_files"], .array([]))

        let diff = try JSONParser.parse(try winnow(["diff", file, "1.0", "1.1", "--json"]).stdout)
        XCTAssertEqual(diff.arrayValue?.compactMap { $0["item"]?.stringValue }, ["int_01", "int_05"])
        XCTAssertEqual(diff.arrayValue?.last?["changes"], ["verdict none → bad"])

        let then = copy.root.appendingPathComponent("v1")
        let export = try winnow(["export", file, "--format", "jsonl", "--out", then.path, "--version", "1.0"])
        XCTAssertEqual(export.status, 0, export.stderr)
        XCTAssertEqual(try String(contentsOf: then.appendingPathComponent("examples.jsonl"), encoding: .utf8).split(separator: "\n").count, 10,
                       "at 1.0 nothing was judged bad yet")
        let now = copy.root.appendingPathComponent("now")
        XCTAssertEqual(try winnow(["export", file, "--format", "jsonl", "--out", now.path]).status, 0)
        XCTAssertEqual(try String(contentsOf: now.appendingPathComponent("examples.jsonl"), encoding: .utf8).split(separator: "\n").count, 9)

        try Data("{\"id\": \"new\", \"text\": \"added later\", \"expected_intent\": \"other\"}\n".utf8).write(to: URL(fileURLWithPath: file), options: [])
        let changed = try winnow(["version", file, "list"])
        XCTAssertTrue(changed.stdout.contains("1.0  ") && changed.stdout.contains("source files changed since: intents.jsonl"), changed.stdout)
        XCTAssertEqual(try winnow(["diff", file, "1.0", "9.9"]).status, 1)
    }
}
