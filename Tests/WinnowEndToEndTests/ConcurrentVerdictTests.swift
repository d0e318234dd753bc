import Foundation
import XCTest
import WinnowCore

/// Several reviewers at once (issue 4, item 6): four real `winnow` processes append to one journal
/// at the same time. Appends are locked, so the journal must end whole: every line one event with a
/// good checksum, sequence numbers 1...N each once and in file order, each writer's events all there.
final class ConcurrentVerdictTests: XCTestCase {
    private let items = 5_000
    private let writers = 4

    func testFourProcessesWritingFiveThousandVerdictsEachLeaveTwentyThousandWholeEvents() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("winnow-concurrent-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let dataset = root.appendingPathComponent("dataset")
        try FileManager.default.createDirectory(at: dataset, withIntermediateDirectories: true)
        let ids = (0..<items).map { String(format: "shot-%05d", $0) }
        try ids.map { #"{"image_id":"\#($0)","width":1280,"height":800}"# }.joined(separator: "\n")
            .write(to: dataset.appendingPathComponent("manifest.jsonl"), atomically: true, encoding: .utf8)

        var ratings: [[String: Verdict]] = Array(repeating: [:], count: items)
        var processes: [(Process, URL)] = []
        for writer in 0..<writers {
            // Each writer goes through every item, starting at a different place, so they contend.
            var lines = ""
            for step in 0..<items {
                let item = (step + writer * items / writers) % items
                let verdict: Verdict = item % (writer + 2) == 0 ? .bad : .good
                ratings[item]["r\(writer)"] = verdict
                lines += "\(ids[item]) \(verdict.rawValue)\n"
            }
            let input = root.appendingPathComponent("verdicts-\(writer).txt")
            try lines.write(to: input, atomically: true, encoding: .utf8)
            let log = root.appendingPathComponent("stderr-\(writer).txt")
            FileManager.default.createFile(atPath: log.path, contents: nil)
            let process = Process()
            process.executableURL = WinnowProcess.binary
            process.arguments = ["verdict", dataset.path, "--from", input.path, "--reviewer", "r\(writer)"]
            process.standardError = try FileHandle(forWritingTo: log)
            process.standardOutput = FileHandle.nullDevice
            processes.append((process, log))
        }
        for (process, _) in processes { try process.run() }
        for (process, log) in processes {
            process.waitUntilExit()
            let stderr = try String(contentsOf: log, encoding: .utf8)
            XCTAssertEqual(process.terminationStatus, 0, stderr)
            XCTAssertTrue(stderr.contains("applied \(items) verdicts"), stderr)
        }

        let bytes = [UInt8](try Data(contentsOf: dataset.appendingPathComponent(".winnow/journal.jsonl")))
        XCTAssertEqual(bytes.last, 0x0A, "the journal ends with a whole line")
        let all = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast()
        let lines = all.filter { !$0.starts(with: #"{"v":1,"batch":"#.utf8) }  // each batch's header line
        XCTAssertGreaterThanOrEqual(all.count - lines.count, writers, "every writer's batches are marked")
        XCTAssertEqual(lines.count, items * writers)
        var events: [JournalEvent] = []
        for (number, line) in lines.enumerated() {
            switch JournalEvent.parse(line: line) {
            case .success(let event): events.append(event)
            case .failure(let error): XCTFail("journal line \(number + 1): \(error)")
            }
        }
        XCTAssertEqual(events.map(\.seq), Array(1...(items * writers)), "unique, gap-free and in file order")
        for writer in 0..<writers {
            let own = events.filter { $0.reviewer == "r\(writer)" }
            XCTAssertEqual(own.count, items)
            XCTAssertEqual(Set(own.compactMap(\.action.item)).count, items, "every item once per writer")
        }

        let summary = try JSONParser.parse(try WinnowProcess.run(["summary", dataset.path, "--json"]).stdout)
        XCTAssertEqual(summary["reviewers"]?.objectValue?.count, writers)
        XCTAssertEqual(summary["agreement"], ReviewReport.agreement(Agreement(ratings: ratings)))
        XCTAssertEqual(summary["agreement"]?["items"]?.intValue, items)
    }
}
