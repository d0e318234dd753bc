import Foundation
import WinnowTestSupport
import XCTest

/// `winnow-bench` runs the jobs the commands run; small sizes here only prove it still works end to end.
final class BenchSmokeTests: XCTestCase {
    private var bench: URL { WinnowProcess.binary.deletingLastPathComponent().appendingPathComponent("winnow-bench") }

    func testAcceptAndJournalBenchesRunTheRealJobsAndWriters() throws {
        let accept = try WinnowProcess.run(["--accept", "300"], executable: bench)
        XCTAssertEqual(accept.status, 0, accept.stderr)
        XCTAssertTrue(accept.stdout.contains("batch accept of 300 items"), accept.stdout)
        let journal = try WinnowProcess.run(["--journal", "2000", "--writers", "2"], executable: bench)
        XCTAssertEqual(journal.status, 0, journal.stderr)
        XCTAssertTrue(journal.stdout.contains("2000 whole events, 0 bad lines, seq unique and gap-free"), journal.stdout)
    }

    func testExportBenchTimesEachPhaseOfTheExportJob() throws {
        let result = try WinnowProcess.run(["--export", "1000"], executable: bench)  // fewer leave a split empty
        XCTAssertEqual(result.status, 0, result.stderr)
        for phase in ["plan (image headers, splits)", "documents", "write files + links", "read back", "provenance + rename"] {
            XCTAssertTrue(result.stdout.contains("coco \(phase)") && result.stdout.contains("yolo \(phase)"), "\(phase):\n\(result.stdout)")
        }
    }
}
