import XCTest
@testable import WinnowCore

/// The fast path must read exactly what the full parser reads, or decline.
final class JournalLineScannerTests: XCTestCase {
    private let time = "2026-11-22T05:00:00.000Z"

    private func fast(_ line: String) -> JournalEvent? {
        var scanner = JournalLineScanner()
        var bytes = Array(line.utf8)
        return bytes.withUnsafeMutableBufferPointer { scanner.event(from: UnsafeBufferPointer($0)) }
    }

    private func full(_ line: String) -> Result<JournalEvent, JournalLineError> {
        JournalEvent.parse(line: ArraySlice(line.utf8))
    }

    /// A line with its checksum made right, so only the part under test differs.
    private func resealed(_ line: String) -> String {
        let payload = String(line[..<line.range(of: #","crc":""#, options: .backwards)!.lowerBound])
        return payload + #","crc":""# + CRC32.hex(Array(payload.utf8)) + "\"}"
    }

    private func event(_ action: JournalAction, reviewer: String = "ana", time: String? = nil) -> JournalEvent {
        JournalEvent(seq: 42, time: time ?? self.time, reviewer: reviewer, action: action)
    }

    func testLinesWinnowWritesAreReadByTheFastPathExactlyAsInFull() throws {
        let events = [
            event(.verdict(item: "ad0b71402e9cc582", verdict: .good, note: nil, reason: nil)),
            event(.verdict(item: "a", verdict: .bad, note: "box too wide", reason: "geometry")),
            event(.verdict(item: "a", verdict: .skip, note: nil, reason: "blurry")),
            event(.verdict(item: "café/écran 1.png", verdict: .good, note: "näher ansehen ✓", reason: nil), reviewer: "zoë"),
            event(.undo(target: 7)),
            event(.redo(target: 1_234_567)),
            event(.verdict(item: "", verdict: .good, note: "", reason: nil), reviewer: ""),
        ]
        for original in events {
            let line = original.line()
            XCTAssertEqual(fast(line), original, line)
            XCTAssertEqual(try full(line).get(), original, line)
        }
    }

    /// The replay's look-ahead reads a verdict line's item and nothing else; other lines, and
    /// the ledger's numbers, are left as they were.
    func testTheItemOfAVerdictLineIsReadAhead() throws {
        func item(_ line: String) -> String? {
            var bytes = Array(line.utf8)
            return bytes.withUnsafeMutableBufferPointer { JournalLineScanner.verdictItem(UnsafeBufferPointer($0)).map { String(decoding: $0, as: UTF8.self) } }
        }
        XCTAssertEqual(item(event(.verdict(item: "café/écran 1.png", verdict: .good, note: "n", reason: nil)).line()), "café/écran 1.png")
        XCTAssertNil(item(event(.undo(target: 7)).line()))
        XCTAssertNil(item(#"{"v":1,"seq":3,"time":"t","reviewer":"a","type":"verdict","item":"cut"#))
        var events = LedgerEvents()
        let first = events.itemNumber(adding: "a")
        var lines = Array((event(.verdict(item: "a", verdict: .good, note: nil, reason: nil)).line() + "\n{\"v\":1,\n\u{0}garbage").utf8)
        lines.withUnsafeMutableBufferPointer { events.expectItems(in: UnsafeBufferPointer($0)) }
        events.expectItems(in: UnsafeBufferPointer(start: nil, count: 0))
        XCTAssertEqual([events.itemNumber(adding: "a"), events.itemNumber(adding: "b")], [first, first + 1])
    }

    func testUnusualLinesAreLeftToTheFullParser() {
        let plain = event(.verdict(item: "a", verdict: .good, note: nil, reason: nil)).line()
        let declined = [
            event(.verdict(item: "a", verdict: .good, note: "said \"no\"\nthen yes", reason: nil)).line(),  // escapes
            event(.eventSet(item: "run", event: SignalEventPosition(type: .entry, sample: 3, positionMM: 1.5))).line(),
            event(.unknown(type: "flag", fields: JSONObject([("item", "a")]))).line(),
            plain.replacingOccurrences(of: "\"good\"", with: "\"bad\""),  // checksum no longer matches
            resealed(plain.replacingOccurrences(of: #"{"v":1,"#, with: #"{"v":2,"#)),  // newer format
            resealed(plain.replacingOccurrences(of: #""seq":42"#, with: #""seq":042"#)),  // not JSON
            resealed(plain.replacingOccurrences(of: #""verdict":"good""#, with: #""verdict":"good","extra":1"#)),
            resealed(plain.replacingOccurrences(of: #""type":"verdict","item""#, with: #""item""#)),
            plain.uppercased(),
            plain + " ",
            plain + "\r",
            String(plain.dropLast(3)),
            "{" + plain,
            "",
        ]
        for line in declined {
            XCTAssertNil(fast(line), line)
        }
    }

    /// Whatever the line, the fast path either declines or agrees with the full parser.
    func testFastPathNeverDisagreesWithTheFullParser() {
        let base = event(.verdict(item: "item-7", verdict: .bad, note: "n", reason: "r")).line()
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array(#"{}":,\0123456789abcdefgoodbadskipverdictundo -é"#.utf8)
        for _ in 0..<3_000 {
            var bytes = Array(base.utf8)
            for _ in 0..<Int.random(in: 1...3, using: &generator) {
                bytes[Int.random(in: 0..<bytes.count, using: &generator)] = alphabet.randomElement(using: &generator)!
            }
            var line = String(decoding: bytes, as: UTF8.self)
            if Bool.random(using: &generator), line.contains(#","crc":""#) { line = resealed(line) }
            if let read = fast(line) {
                XCTAssertEqual(try? full(line).get(), read, line)
            }
        }
    }
}

/// A prediction adoption survives its journal line whole, and replays as labels with their origin.
final class AdoptionLineTests: XCTestCase {
    func testAnAdoptionRoundTripsAndReplaysAsLabels() throws {
        let adopted = [AdoptedBox(label: "p1", box: BoundingBox(x: 1, y: 2, width: 30, height: 40), category: "button", model: "yolo", score: 0.81),
                       AdoptedBox(label: "0", box: BoundingBox(x: 5, y: 5, width: 10, height: 10), category: "link", model: "yolo", score: 0.6)]
        let event = JournalEvent(seq: 3, time: "2026-12-05T10:00:00.000Z", reviewer: "ana", action: .boxAdopt(item: "a", boxes: adopted))
        XCTAssertEqual(try JournalEvent.parse(line: ArraySlice(event.line().utf8)).get(), event)
        let item = ReviewItem(id: "a", kind: .screenshot, path: "a.png", imageURL: nil, width: 100, height: 100,
                              labels: [Label(id: "0", category: "button", bbox: BoundingBox(x: 0, y: 0, width: 9, height: 9), confidence: 0.4,
                                             source: "template_matching", verified: false)])
        var ledger = CurationLedger()
        ledger.apply(event)
        let edited = ledger.edited(item)
        XCTAssertEqual(edited.labels.map(\.id), ["0", "p1"])
        XCTAssertEqual(edited.labels.map(\.category), ["link", "button"])
        XCTAssertEqual(edited.labels.map(\.source), ["template_matching", "model:yolo"], "a replaced label keeps its source; a new one names the model")
        XCTAssertTrue(edited.labels.allSatisfy(\.verified))
        ledger.apply(JournalEvent(seq: 4, time: "2026-12-05T10:00:01.000Z", reviewer: "ana", action: .undo(target: 3)))
        XCTAssertEqual(ledger.edited(item).labels, item.labels, "one undo takes back the whole adoption")
    }
}
