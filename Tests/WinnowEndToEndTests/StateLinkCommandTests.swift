import Foundation
import WinnowTestSupport
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
}
