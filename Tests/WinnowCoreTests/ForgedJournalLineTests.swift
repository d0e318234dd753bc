import Foundation
import WinnowTestSupport
import XCTest

@testable import WinnowCore

/// Lines with a valid checksum that no Winnow writes: a sequence number that is not above the last
/// (0, negative, repeated) or an event type this Winnow does not know. They are reported with
/// their line and skipped, never applied silently.
final class ForgedJournalLineTests: XCTestCase {
    private let time = "2026-12-05T10:00:00.000Z"

    /// A line as Winnow would write it with `edit` applied to its payload, checksum recomputed.
    private func forged(_ event: JournalEvent, _ edit: (String) -> String = { $0 }) -> String {
        let line = event.line()
        let payload = edit(String(line[..<line.range(of: #","crc":""#)!.lowerBound]))
        return payload + #","crc":""# + CRC32.hex(Array(payload.utf8)) + "\"}"
    }

    private func verdict(_ seq: Int, _ item: String) -> JournalEvent {
        JournalEvent(seq: seq, time: time, reviewer: "ana", action: .verdict(item: item, verdict: .good, note: nil, reason: nil))
    }

    func testSequenceNumbersThatDoNotClimbAreReportedAndSkipped() throws {
        let folder = try TemporaryFolder()
        let lines = [forged(verdict(1, "a")), forged(verdict(-5, "b")), forged(verdict(2, "c")), forged(verdict(2, "d")),
                     forged(verdict(0, "e")), forged(verdict(3, "f"))]
        try folder.write(VerdictJournal.fileName, text: lines.joined(separator: "\n") + "\n")
        let journal = try XCTUnwrap(VerdictJournal.existing(in: folder.url))
        XCTAssertEqual(journal.readNew().map(\.action.item), ["a", "c", "f"])
        XCTAssertEqual(journal.problems.map(\.location), [2, 4, 5].map { "\(journal.url.path):\($0)" })
        XCTAssertEqual(journal.problems.first?.message, "sequence number -5 is not above the one before (1); skipped")
        XCTAssertEqual(try journal.append([.undo(target: 3)], reviewer: "bo", time: time).written.map(\.seq), [4])
    }

    func testAnUnknownEventTypeIsReported() throws {
        let folder = try TemporaryFolder()
        let unknown = forged(verdict(2, "b")) { $0.replacingOccurrences(of: #""type":"verdict""#, with: #""type":"explode""#) }
        try folder.write(VerdictJournal.fileName, text: forged(verdict(1, "a")) + "\n" + unknown + "\n")
        let journal = try XCTUnwrap(VerdictJournal.existing(in: folder.url))
        XCTAssertEqual(journal.readNew().map(\.action.typeName), ["verdict", "explode"], "kept for a newer Winnow, not applied")
        XCTAssertEqual(journal.problems.map(\.text), ["\(journal.url.path):2: event type \"explode\" is not one this Winnow knows; not applied"])
    }
}
