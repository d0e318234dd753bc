import Foundation
import WinnowTestSupport
import XCTest

/// Seen from outside with strace: before `winnow verdict` exits 0, every write to the journal is
/// followed by an fsync of it (skipping the fsync passed every other test, since a killed process
/// still leaves its writes in the page cache).
final class JournalSyncTraceTests: XCTestCase {
    func testEveryJournalWriteIsSyncedBeforeTheCommandSucceeds() throws {
        guard (try WinnowProcess.shell("command -v strace")).status == 0 else { throw XCTSkip("strace is not installed (.ci/run installs it)") }
        let copy = try SampleCopy()
        let ids = try WinnowProcess.run(["list", copy.dataset.path]).stdout.split(separator: "\n").compactMap { $0.split(separator: "\t").last }
        let batch = copy.root.appendingPathComponent("batch.txt")
        try ids.map { "\($0) good" }.joined(separator: "\n").write(to: batch, atomically: true, encoding: .utf8)
        let trace = copy.root.appendingPathComponent("trace.txt")
        for arguments in [["verdict", copy.dataset.path, String(try XCTUnwrap(ids.first)), "bad"], ["verdict", copy.dataset.path, "--from", batch.path]] {
            let command = "strace -f -e trace=openat,write,fsync,fdatasync -o '\(trace.path)' '\(WinnowProcess.binary.path)' "
                + arguments.map { "'\($0)'" }.joined(separator: " ")
            let result = try WinnowProcess.shell(command)
            XCTAssertEqual(result.status, 0, result.stderr)
            let lines = try String(contentsOf: trace, encoding: .utf8).split(separator: "\n")
            let opened = try XCTUnwrap(lines.last { $0.contains("journal.jsonl\"") && $0.contains("O_RDWR") && !$0.contains("= -1") })
            let fd = try XCTUnwrap(opened.split(separator: "=").last?.trimmingCharacters(in: .whitespaces))
            let writes = lines.indices.filter { lines[$0].contains(" write(\(fd), ") }
            let syncs = lines.indices.filter { lines[$0].contains(" fsync(\(fd))") || lines[$0].contains(" fdatasync(\(fd))") }
            XCTAssertFalse(writes.isEmpty, "\(arguments): no journal write traced")
            for write in writes {
                XCTAssertTrue(syncs.contains { $0 > write }, "\(arguments): journal write at trace line \(write + 1) has no fsync after it")
            }
        }
    }
}
