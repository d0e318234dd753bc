import Foundation
import WinnowTestSupport
import WinnowCore
import XCTest

/// The attack an earlier run found: a dataset ships `.winnow/journal.jsonl` as a link to a shell
/// start-up file, and an item id that is a command. `winnow verdict` must refuse, say why, and
/// leave the file as it was; with `--state` the verdict is saved elsewhere.
final class StateLinkCommandTests: XCTestCase {
    func testAVerdictIsNeverWrittenThroughAShippedJournalLink() throws {
        let copy = try SampleCopy()
        let profile = copy.root.appendingPathComponent("profile")
        try "export PATH=/usr/bin\n".write(to: profile, atomically: true, encoding: .utf8)
        let state = copy.dataset.appendingPathComponent(".winnow")
        try FileManager.default.createDirectory(at: state, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: state.appendingPathComponent("journal.jsonl"), withDestinationURL: profile)
        let item = try XCTUnwrap(WinnowProcess.run(["list", copy.dataset.path]).stdout.split(separator: "\n").first?.split(separator: "\t").last)

        let refused = try WinnowProcess.run(["verdict", copy.dataset.path, String(item), "good"])
        XCTAssertNotEqual(refused.status, 0)
        XCTAssertTrue(refused.stderr.contains("is a symbolic link; Winnow does not write its state through a link it did not make"), refused.stderr)
        XCTAssertEqual(try String(contentsOf: profile, encoding: .utf8), "export PATH=/usr/bin\n")

        let elsewhere = copy.root.appendingPathComponent("state")
        let saved = try WinnowProcess.run(["verdict", copy.dataset.path, String(item), "good", "--state", elsewhere.path])
        XCTAssertEqual(saved.status, 0, saved.stderr)
        XCTAssertEqual(try String(contentsOf: profile, encoding: .utf8), "export PATH=/usr/bin\n")
    }

    /// Paths and ids in error messages are escaped: a path holding an OSC sequence must not retitle
    /// the terminal.
    func testAnEscapeSequenceInAPathIsShownNotObeyed() throws {
        let result = try WinnowProcess.run(["summary", "/x\u{1B}]0;P\u{07}"])
        XCTAssertEqual(result.status, 3)
        XCTAssertEqual(result.stderr.trimmingCharacters(in: .newlines), "winnow: /x^[]0;P^G: no such file or folder")
    }

    /// A journal that can be read but not written says so (it said "Bad file descriptor").
    func testAReadOnlyJournalSaysReadOnlyAndSuggestsState() throws {
        let copy = try SampleCopy()
        let item = try XCTUnwrap(WinnowProcess.run(["list", copy.dataset.path]).stdout.split(separator: "\n").first?.split(separator: "\t").last)
        XCTAssertEqual(try WinnowProcess.run(["verdict", copy.dataset.path, String(item), "good"]).status, 0)
        let journal = copy.dataset.appendingPathComponent(".winnow/journal.jsonl")
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: journal.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: copy.root.path)
        // As root the mode is not enforced: run as nobody then.
        let command = "'\(WinnowProcess.binary.path)' verdict '\(copy.dataset.path)' \(item) bad"
        let result = try WinnowProcess.shell(getuid() == 0 ? "su nobody -s /bin/sh -c \"\(command)\"" : command)
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("journal.jsonl: is read-only, so nothing was saved (keep state elsewhere with --state DIR)"),
                      result.stderr)
    }

    /// A batch the disk cannot take (here a file-size limit, as a full disk would) is cut back: the
    /// message says nothing was saved, and the journal holds exactly what it held before.
    func testAFailedBatchLeavesNoPartOfItInTheJournal() throws {
        let copy = try SampleCopy()
        let ids = try WinnowProcess.run(["list", copy.dataset.path]).stdout.split(separator: "\n").compactMap { $0.split(separator: "\t").last }
        let first = try XCTUnwrap(ids.first)
        XCTAssertEqual(try WinnowProcess.run(["verdict", copy.dataset.path, String(first), "good"]).status, 0)
        let journal = copy.dataset.appendingPathComponent(".winnow/journal.jsonl")
        let before = try Data(contentsOf: journal)
        let lines = (0..<40).flatMap { _ in ids.map { "\($0) bad a note long enough that the batch passes the size limit" } }
        let batch = copy.root.appendingPathComponent("batch.txt")
        try lines.joined(separator: "\n").write(to: batch, atomically: true, encoding: .utf8)
        let result = try WinnowProcess.shell("ulimit -f 16; '\(WinnowProcess.binary.path)' verdict '\(copy.dataset.path)' --from '\(batch.path)'")
        XCTAssertEqual(result.status, 3, result.stderr)
        XCTAssertTrue(result.stderr.contains("the last action was NOT saved; 0 verdicts were saved"), result.stderr)
        XCTAssertEqual(try Data(contentsOf: journal), before, "no line of the failed batch stays")
    }

    /// A journal event about an item the dataset does not have (forged with a valid checksum, or
    /// left by a renamed file) is reported, not silently ignored.
    func testEventsAboutUnknownItemsAreReported() throws {
        let copy = try SampleCopy()
        let item = try XCTUnwrap(WinnowProcess.run(["list", copy.dataset.path]).stdout.split(separator: "\n").first?.split(separator: "\t").last)
        XCTAssertEqual(try WinnowProcess.run(["verdict", copy.dataset.path, String(item), "good"]).status, 0)
        let journal = copy.journal
        let line = try XCTUnwrap(copy.journalLines().first).replacingOccurrences(of: #""seq":1,"#, with: #""seq":2,"#)
            .replacingOccurrences(of: String(item), with: "ghost-item")
        let payload = String(line[..<line.range(of: #","crc":""#)!.lowerBound])
        let forged = payload + #","crc":""# + CRC32.hex(Array(payload.utf8)) + "\"}\n"
        let handle = try FileHandle(forWritingTo: journal)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(forged.utf8))
        try handle.close()
        let validate = try WinnowProcess.run(["validate", copy.dataset.path])
        XCTAssertTrue(validate.stderr.contains(#"events about 1 items this dataset does not have ("ghost-item"); not shown"#), validate.stderr)
    }
}
