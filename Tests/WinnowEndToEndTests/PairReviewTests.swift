import Foundation
import WinnowCore
import WinnowTestSupport
import XCTest

/// Image pairs through the real binary: reviewed and corrected in tmux, exported without the
/// submitters' addresses (unless asked), and a forgotten address's sessions out of the export.
final class PairReviewTests: XCTestCase {
    private let recolour = "session-2025-01-15T10-30-45-123Z", again = "session-2025-01-17T08-12-33-250Z"

    private func exportedBytes(_ folder: URL) throws -> [(String, String)] {
        let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
        return try files.filter { !$0.hasDirectoryPath && $0.pathExtension != "jpg" }
            .map { ($0.lastPathComponent, String(decoding: try Data(contentsOf: $0), as: UTF8.self)) }
    }

    func testExportsLeaveAddressesOutUnlessAskedAndForgottenSessionsLeaveThem() throws {
        let copy = try SampleCopy("pairs")
        let out = copy.root.appendingPathComponent("export")
        var result = try WinnowProcess.run(["export", copy.dataset.path, "--format", "pairs-jsonl", "--out", out.path, "--split", "0.5,0.5"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let files = try exportedBytes(out)
        XCTAssertEqual(Set(files.map(\.0)), ["train.jsonl", "val.jsonl", "winnow-export.json"])
        XCTAssertFalse(files.contains { $0.1.contains("@") }, "no address anywhere in the export")
        let rows = try files.filter { $0.0.hasSuffix(".jsonl") }.flatMap { name, text in
            try text.split(separator: "\n").map { (name, try JSONParser.parse(String($0))) }
        }
        XCTAssertEqual(rows.count, 6, "the session without its transformed image is left out")
        for (_, row) in rows {
            let input = try XCTUnwrap(row["input_image"]?.stringValue), output = try XCTUnwrap(row["edited_image"]?.stringValue)
            XCTAssertTrue(FileManager.default.fileExists(atPath: out.appendingPathComponent(input).path), input)
            XCTAssertTrue(FileManager.default.fileExists(atPath: out.appendingPathComponent(output).path), output)
            XCTAssertFalse(row["edit_prompt"]?.stringValue?.isEmpty ?? true)
        }
        let splitOf = Dictionary(uniqueKeysWithValues: rows.map { ($0.1["session"]!.stringValue!, $0.0) })
        XCTAssertEqual(splitOf[recolour], splitOf[again], "the same photo stays in one split")
        let provenance = try JSONParser.parse(try XCTUnwrap(files.first { $0.0 == "winnow-export.json" }?.1))
        XCTAssertEqual(provenance["private"]?.stringValue, "left out")
        XCTAssertEqual(provenance["left_out"]?["incomplete"]?.intValue, 1)

        result = try WinnowProcess.run(["forget", copy.dataset.path, "--email", "Ana.Lima@example.com"], stdin: "")
        XCTAssertEqual(result.status, 2, "without a terminal, only --yes goes ahead")
        result = try WinnowProcess.run(["forget", copy.dataset.path, "--email", "ana.lima@example.com", "--yes"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "\(recolour)\n\(again)\n")
        let journal = try String(contentsOf: copy.journal, encoding: .utf8)
        XCTAssertTrue(journal.contains(#""type":"forget""#) && !journal.contains("ana.lima"), "the event, not the address")

        result = try WinnowProcess.run(["export", copy.dataset.path, "--format", "csv", "--out", out.path, "--force", "--include-private"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let csv = try String(contentsOf: out.appendingPathComponent("pairs.csv"), encoding: .utf8)
        let lines = csv.split(separator: "\r\n")
        XCTAssertEqual(lines.first, "input_image,edit_prompt,edited_image,session,timestamp,email")
        XCTAssertEqual(lines.count, 5, "four pairs: the forgotten two and the incomplete one left out")
        XCTAssertFalse(csv.contains(recolour) || csv.contains("ana.lima"))
        XCTAssertTrue(csv.contains("bo@example.org"), "asked for, the addresses go with the pairs")
        let again = try JSONParser.parse(try String(contentsOf: out.appendingPathComponent("winnow-export.json"), encoding: .utf8))
        XCTAssertEqual(again["private"]?.stringValue, "included (--include-private)")
        XCTAssertEqual(again["left_out"]?["forgotten"]?.intValue, 2)
    }

    func testTheAddressIsMaskedUnlessShowPrivate() throws {
        let copy = try SampleCopy("pairs")
        let args = ["review", copy.dataset.path, "--headless", "--keys-string", "", "--size", "160x40", "--queue", "all"]
        let masked = try WinnowProcess.run(args)
        XCTAssertTrue(masked.stdout.contains("a***@example.com") && !masked.stdout.contains("ana.lima"), masked.stdout)
        XCTAssertTrue(try WinnowProcess.run(args + ["--show-private"]).stdout.contains("ana.lima@example.com"))
        let shown = try WinnowProcess.run(["show", copy.dataset.path, recolour, "--json"]).stdout
        XCTAssertTrue(shown.contains("a***@example.com") && !shown.contains("ana.lima"))
    }

    func testReviewingAPairInTmuxWithTheDifferenceViewAndTheInstructionCorrected() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") else { throw XCTSkip("tmux is not installed (.ci/run installs it)") }
        let copy = try SampleCopy("pairs")
        let script = copy.root.appendingPathComponent("editor.sh")
        try Data("#!/bin/sh\nsed -i 's/blue-gray/slate blue/' \"$1\"\n".utf8).write(to: script)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        let tmux = try TmuxSession(command: [WinnowProcess.binary.path, copy.dataset.path, "--queue", "all"],
                                   workdir: copy.root, width: 120, height: 36, environment: ["EDITOR": script.path])
        try tmux.waitFor("the first pair") { $0.contains("paint the walls blue-gray") && $0.contains("transformed") }
        try tmux.send("D")
        try tmux.waitFor("the difference view") { $0.contains("difference (brighter: more changed)") }
        try tmux.send("E")
        try tmux.waitFor("the reason prompt") { $0.contains("reason for the correction") }
        try tmux.send("Enter")
        try tmux.waitFor("the corrected instruction") { $0.contains("Instruction (corrected)") && $0.contains("paint the walls slate blue") }
        try tmux.send("a")
        try tmux.waitFor("the verdict") { $0.contains("1/7 reviewed") }
        try tmux.send("q")
        XCTAssertEqual(tmux.exitStatus(), 0)
        let shown = try JSONParser.parse(try WinnowProcess.run(["show", copy.dataset.path, recolour, "--json"]).stdout)
        XCTAssertEqual(shown["pair"]?["instruction"]?.stringValue, "paint the walls slate blue")
        XCTAssertEqual(shown["pair"]?["original_instruction"]?.stringValue, "paint the walls blue-gray")
        XCTAssertEqual(shown["verdict"]?.stringValue, "good")
        let metadata = try String(contentsOf: copy.dataset.appendingPathComponent("\(recolour)/metadata-2025-01-15T10-30-45-123Z.json"), encoding: .utf8)
        XCTAssertTrue(metadata.contains("blue-gray"), "the source is never written")
    }
}
