import WinnowTestSupport
import XCTest
@testable import WinnowCore

final class VerdictJournalTests: XCTestCase {
    private let time = "2026-11-22T05:00:00.000Z"

    func testAppendedEventsReadBackInOrderWithSequenceNumbers() throws {
        let folder = try TemporaryFolder()
        let journal = try VerdictJournal(creatingIn: folder.url)
        _ = try journal.append(.verdict(item: "a", verdict: .good, note: "fine", reason: nil), reviewer: "ana", time: time)
        _ = try journal.append(.verdict(item: "b", verdict: .bad, note: nil, reason: "blurry"), reviewer: "ana", time: time)
        _ = try journal.append(.undo(target: 2), reviewer: "ana", time: time)

        let reread = try XCTUnwrap(VerdictJournal.existing(in: folder.url)).readNew()
        XCTAssertEqual(reread.map(\.seq), [1, 2, 3])
        XCTAssertEqual(try reread.element(0).action, .verdict(item: "a", verdict: .good, note: "fine", reason: nil))
        XCTAssertEqual(try reread.element(1).action, .verdict(item: "b", verdict: .bad, note: nil, reason: "blurry"))
        XCTAssertEqual(try reread.element(2).action, .undo(target: 2))
    }

    func testLineCarriesChecksumOfItsOwnBytes() throws {
        let event = JournalEvent(seq: 7, time: time, reviewer: "ana", action: .verdict(item: "i", verdict: .skip, note: nil, reason: nil))
        let line = event.line()
        XCTAssertTrue(line.hasPrefix(#"{"v":1,"seq":7,"time":"2026-11-22T05:00:00.000Z","reviewer":"ana","type":"verdict","item":"i","verdict":"skip","crc":""#))
        XCTAssertEqual(try JournalEvent.parse(line: ArraySlice(line.utf8)).get(), event)
        let edited = line.replacingOccurrences(of: "skip", with: "good")
        XCTAssertEqual(JournalEvent.parse(line: ArraySlice(edited.utf8)), .failure(.checksumMismatch))
    }

    func testTornLastLineIsReportedSkippedAndNextAppendStartsFresh() throws {
        let folder = try TemporaryFolder()
        let journal = try VerdictJournal(creatingIn: folder.url)
        _ = try journal.append(.verdict(item: "a", verdict: .good, note: nil, reason: nil), reviewer: "ana", time: time)
        let whole = try String(contentsOf: journal.url, encoding: .utf8)
        let torn = JournalEvent(seq: 2, time: time, reviewer: "ana", action: .verdict(item: "b", verdict: .bad, note: nil, reason: nil)).line()
        try (whole + torn.prefix(30)).write(to: journal.url, atomically: false, encoding: .utf8)

        let reopened = try XCTUnwrap(VerdictJournal.existing(in: folder.url))
        XCTAssertEqual(reopened.readNew().map(\.seq), [1])
        XCTAssertEqual(reopened.problems.count, 1)
        XCTAssertEqual(reopened.problems.first?.location, "\(journal.url.path):2")
        XCTAssertTrue(reopened.problems.first?.message.contains("torn") ?? false)

        let (_, written) = try reopened.append(.verdict(item: "c", verdict: .skip, note: nil, reason: nil), reviewer: "bo", time: time)
        XCTAssertEqual(written.seq, 2)
        let third = try XCTUnwrap(VerdictJournal.existing(in: folder.url))
        XCTAssertEqual(third.readNew().map(\.action.item), ["a", "c"])
        XCTAssertEqual(third.problems.map(\.location), ["\(journal.url.path):2"])  // the torn bytes, now a bad line
    }

    func testInvalidLineInTheMiddleIsSkippedWithItsLineNumber() throws {
        let folder = try TemporaryFolder()
        let journal = try VerdictJournal(creatingIn: folder.url)
        _ = try journal.append(.verdict(item: "a", verdict: .good, note: nil, reason: nil), reviewer: "ana", time: time)
        var text = try String(contentsOf: journal.url, encoding: .utf8)
        text += "{hand edited nonsense\n"
        try text.write(to: journal.url, atomically: false, encoding: .utf8)
        _ = try journal.append(.verdict(item: "b", verdict: .bad, note: nil, reason: nil), reviewer: "ana", time: time)

        let reopened = try XCTUnwrap(VerdictJournal.existing(in: folder.url))
        XCTAssertEqual(reopened.readNew().map(\.action.item), ["a", "b"])
        XCTAssertEqual(reopened.problems.map(\.location), ["\(journal.url.path):2"])
    }

    func testNewerFormatVersionIsSkippedNotMisread() {
        var line = JournalEvent(seq: 1, time: time, reviewer: "a", action: .undo(target: 1)).line()
        line = line.replacingOccurrences(of: #"{"v":1,"#, with: #"{"v":9,"#)
        let payload = String(line[..<line.range(of: #","crc":""#)!.lowerBound])
        line = payload + #","crc":""# + CRC32.hex(Array(payload.utf8)) + "\"}"
        XCTAssertEqual(JournalEvent.parse(line: ArraySlice(line.utf8)), .failure(.newerVersion(9)))
    }

    func testTwoWritersInterleaveWholeLinesAndSeeEachOther() throws {
        let folder = try TemporaryFolder()
        let first = try VerdictJournal(creatingIn: folder.url)
        let second = try VerdictJournal(creatingIn: folder.url)
        _ = try first.append(.verdict(item: "a", verdict: .good, note: nil, reason: nil), reviewer: "ana", time: time)
        let (earlier, written) = try second.append(.verdict(item: "b", verdict: .bad, note: nil, reason: nil), reviewer: "bo", time: time)
        XCTAssertEqual(earlier.map(\.seq), [1])
        XCTAssertEqual(written.seq, 2)
        XCTAssertEqual(first.readNew().map(\.reviewer), ["bo"])
    }

    func testUnwritableStateFolderGivesMessageSuggestingState() throws {
        // Tests run as root, which ignores permission bits: a file where the folder should be
        // fails the same way a read-only dataset folder does.
        let folder = try TemporaryFolder()
        try folder.write(".winnow", text: "not a folder")
        XCTAssertThrowsError(try VerdictJournal(creatingIn: folder.file(".winnow"))) { error in
            XCTAssertTrue("\(error)".contains("--state DIR"), "\(error)")
            XCTAssertTrue("\(error)".contains(folder.file(".winnow").path))
        }
    }

    func testBatchIsOneRunOfConsecutiveEventsAfterWhatOthersWrote() throws {
        let folder = try TemporaryFolder()
        let first = try VerdictJournal(creatingIn: folder.url)
        let second = try VerdictJournal(creatingIn: folder.url)
        _ = try first.append(.verdict(item: "a", verdict: .good, note: nil, reason: nil), reviewer: "ana", time: time)
        let actions = (0..<5).map { JournalAction.verdict(item: "i\($0)", verdict: .bad, note: nil, reason: nil) }
        let (earlier, written) = try second.append(actions, reviewer: "bo", time: time)
        XCTAssertEqual(earlier.map(\.seq), [1])
        XCTAssertEqual(written.map(\.seq), [2, 3, 4, 5, 6])
        XCTAssertEqual(written.map(\.action), actions)
        XCTAssertEqual(first.readNew().map(\.seq), [2, 3, 4, 5, 6])
        XCTAssertEqual(try second.append([], reviewer: "bo", time: time).written, [])
        let lines = try String(contentsOf: first.url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(lines.count, 8)  // an event, the batch's header and its five, and the empty remainder after the last newline
        XCTAssertTrue(lines[1].hasPrefix(#"{"v":1,"batch":5,"first":2,"crc":""#), String(lines[1]))
    }

    /// Reading goes in 4 MB chunks: lines that straddle a chunk, and one longer than a chunk, read whole.
    func testLinesAcrossAndLongerThanAReadChunkAreReadWhole() throws {
        let folder = try TemporaryFolder()
        let journal = try VerdictJournal(creatingIn: folder.url)
        let many = (0..<40_000).map { JournalAction.verdict(item: "item-\($0)", verdict: .good, note: nil, reason: nil) }
        _ = try journal.append(many, reviewer: "ana", time: time)
        let huge = String(repeating: "long note ", count: 600_000)  // 6 MB
        _ = try journal.append(.verdict(item: "x", verdict: .bad, note: huge, reason: nil), reviewer: "ana", time: time)
        _ = try journal.append(.verdict(item: "y", verdict: .skip, note: nil, reason: nil), reviewer: "ana", time: time)

        let reread = try XCTUnwrap(VerdictJournal.existing(in: folder.url))
        let events = reread.readNew()
        XCTAssertEqual(events.map(\.seq), Array(1...40_002))
        XCTAssertEqual(events[40_000].action, .verdict(item: "x", verdict: .bad, note: huge, reason: nil))
        XCTAssertEqual(events[40_001].action.item, "y")
        XCTAssertEqual(reread.problems, [])
        XCTAssertEqual(reread.lastSeq, 40_002)
    }

    func testLedgerReplayedFromTheJournalMatchesOneBuiltFromItsEvents() throws {
        let folder = try TemporaryFolder()
        let journal = try VerdictJournal(creatingIn: folder.url)
        _ = try journal.append(.verdict(item: "a", verdict: .good, note: nil, reason: nil), reviewer: "ana", time: time)
        _ = try journal.append(.verdict(item: "a", verdict: .bad, note: "edge \"cut\"", reason: "geometry"), reviewer: "bo", time: time)
        _ = try journal.append(.undo(target: 2), reviewer: "bo", time: "yesterday")
        _ = try journal.append(.eventSet(item: "run", event: SignalEventPosition(type: .exit, sample: 9, positionMM: 2.25)),
                               reviewer: "ana", time: time)
        var text = try String(contentsOf: journal.url, encoding: .utf8)
        text += "{broken\n"
        try text.write(to: journal.url, atomically: false, encoding: .utf8)
        _ = try journal.append(.redo(target: 2), reviewer: "ana", time: time)

        let replayed = CurationLedger(replaying: try XCTUnwrap(VerdictJournal.existing(in: folder.url)))
        let fromEvents = CurationLedger(replaying: try XCTUnwrap(VerdictJournal.existing(in: folder.url)).readNew())
        XCTAssertEqual(replayed.events.values, fromEvents.events.values)
        XCTAssertEqual(replayed.events.values.map(\.seq), [1, 2, 3, 4, 5])
        XCTAssertEqual(replayed.verdict(for: "a"), fromEvents.verdict(for: "a"))
        XCTAssertEqual(replayed.verdict(for: "a")?.note, "edge \"cut\"")
        XCTAssertEqual(replayed.history(for: "a").map(\.seq), [1, 2, 3, 5])
        XCTAssertEqual(replayed.nextUndo(for: "ana"), fromEvents.nextUndo(for: "ana"))
        XCTAssertEqual(replayed.events[3]?.time, "yesterday")
        XCTAssertTrue(replayed.hasEdits("run"))
    }
}
