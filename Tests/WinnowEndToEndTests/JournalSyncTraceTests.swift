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
            // `-y` names each descriptor's file: a call another thread interrupted is printed in two
            // parts (`<unfinished ...>`), so the journal's descriptor is not read from its open.
            let command = "strace -f -y -e trace=write,fsync,fdatasync -o '\(trace.path)' '\(WinnowProcess.binary.path)' "
                + arguments.map { "'\($0)'" }.joined(separator: " ")
            let result = try WinnowProcess.shell(command)
            XCTAssertEqual(result.status, 0, result.stderr)
            let lines = try String(contentsOf: trace, encoding: .utf8).split(separator: "\n")
            func calls(_ names: [String]) -> [Int] {
                lines.indices.filter { index in names.contains { lines[index].contains(" \($0)(") } && lines[index].contains("/journal.jsonl>") }
            }
            let writes = calls(["write"])
            let syncs = calls(["fsync", "fdatasync"])
            XCTAssertFalse(writes.isEmpty, "\(arguments): no journal write traced")
            for write in writes {
                XCTAssertTrue(syncs.contains { $0 > write }, "\(arguments): journal write at trace line \(write + 1) has no fsync after it")
            }
        }
    }
}
