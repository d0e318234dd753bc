import Foundation
import WinnowTestSupport
import XCTest

@testable import WinnowCore

/// A dataset may ship its state folder, or the journal in it, as a symbolic link to any file (a
/// shell start-up file, say). Winnow never writes through such a link, and never appends to a file
/// that is not a Winnow journal; the file named stays as it was.
final class StateLinkTests: XCTestCase {
    private let time = "2026-12-05T10:00:00.000Z"
    private let verdict = JournalAction.verdict(item: "shot$(touch /tmp/x)", verdict: .good, note: nil, reason: nil)

    func testALinkedJournalOrStateFolderIsRefusedAndWhatItNamesIsUntouched() throws {
        let folder = try TemporaryFolder()
        let target = try folder.write("bashrc", text: "export PATH=/usr/bin\n")
        let state = folder.file("dataset/.winnow")
        try FileManager.default.createDirectory(at: state, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: state.appendingPathComponent(VerdictJournal.fileName), withDestinationURL: target)
        XCTAssertThrowsError(try VerdictJournal(creatingIn: state)) { error in
            XCTAssertEqual(error as? JournalError, .linked(state.appendingPathComponent(VerdictJournal.fileName).path))
        }
        XCTAssertNil(VerdictJournal.existing(in: state))

        let elsewhere = folder.file("elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        let linkedState = folder.file("other/.winnow")
        try FileManager.default.createDirectory(at: linkedState.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: linkedState, withDestinationURL: elsewhere)
        XCTAssertThrowsError(try VerdictJournal(creatingIn: linkedState)) { error in
            XCTAssertEqual(error as? JournalError, .linked(linkedState.path))
        }
        XCTAssertEqual(try String(contentsOf: target, encoding: .utf8), "export PATH=/usr/bin\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path), [])
    }

    func testAFileThatIsNotAWinnowJournalIsNeverAppendedTo() throws {
        let folder = try TemporaryFolder()
        let journalFile = try folder.write("state/\(VerdictJournal.fileName)", text: "export PATH=/usr/bin\nalias ls='ls -la'\n")
        let journal = try VerdictJournal(creatingIn: folder.file("state"))
        XCTAssertThrowsError(try journal.append([verdict], reviewer: "ana", time: time)) { error in
            XCTAssertEqual(error as? JournalError, .foreign(journalFile.path))
            XCTAssertTrue("\(error)".contains("is not a Winnow journal"), "\(error)")
        }
        XCTAssertEqual(try String(contentsOf: journalFile, encoding: .utf8), "export PATH=/usr/bin\nalias ls='ls -la'\n")
    }

    func testAWinnowJournalWhoseFirstLineWasDamagedStillTakesAppends() throws {
        let folder = try TemporaryFolder()
        let journal = try VerdictJournal(creatingIn: folder.url)
        _ = try journal.append([verdict], reviewer: "ana", time: time)
        let text = try String(contentsOf: journal.url, encoding: .utf8).replacingOccurrences(of: "good", with: "gooD")
        try text.write(to: journal.url, atomically: false, encoding: .utf8)
        let reopened = try XCTUnwrap(VerdictJournal.existing(in: folder.url))
        XCTAssertEqual(try reopened.append([verdict], reviewer: "ana", time: time).written.count, 1)
        XCTAssertEqual(reopened.problems.map(\.location), ["\(journal.url.path):1"], "the damaged line is reported, not trusted")
    }

    func testStateFilesReplaceALinkInsteadOfWritingThroughItAndNeverAppendThroughOne() throws {
        let folder = try TemporaryFolder()
        let target = try folder.write("profile", text: "keep\n")
        let position = folder.file("state/position.json")
        try FileManager.default.createDirectory(at: position.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: position, withDestinationURL: target)
        XCTAssertTrue(StateFile.replace(position, with: Array("{}".utf8)))
        XCTAssertFalse(SystemCalls.isSymbolicLink(position.path))
        XCTAssertEqual(try String(contentsOf: position, encoding: .utf8), "{}")

        let versions = folder.file("state/versions.jsonl")
        try FileManager.default.createSymbolicLink(at: versions, withDestinationURL: target)
        XCTAssertFalse(StateFile.append(Array("x\n".utf8), to: versions))
        XCTAssertEqual(try String(contentsOf: target, encoding: .utf8), "keep\n")
    }
}
