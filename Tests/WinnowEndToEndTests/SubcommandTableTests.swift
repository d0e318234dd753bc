import Foundation
import WinnowTestSupport
import XCTest
import WinnowApp
@testable import winnow

/// One table feeds the overview, `winnow help CMD`, `winnow CMD --help` and the argument check.
final class SubcommandTableTests: XCTestCase {
    func testEveryOptionACommandAcceptsIsInItsHelp() {
        for command in Subcommand.all {
            for option in command.valued.union(command.flags) {
                XCTAssertTrue(command.help.contains("--\(option)"), "`winnow help \(command.name)` does not mention --\(option)")
            }
            if command.takesCommonOptions { XCTAssertTrue(command.synopsis.contains("[common options]"), command.name) }
        }
    }

    func testTheOverviewHasEveryCommandsUsageLines() {
        let overview = Set(Usage.overview.split(separator: "\n").map(String.init))
        for command in Subcommand.all {
            for line in command.synopsis.split(separator: "\n") {
                XCTAssertTrue(overview.contains("  " + line), "overview lacks, at two spaces' indent: \(line)")
            }
        }
        for option in CommonOptions.valued {
            XCTAssertTrue(overview.contains { $0.hasPrefix("  --\(option) ") }, "common option --\(option) not in the overview")
        }
    }

    func testHelpCommandAndDashDashHelpPrintTheSameText() throws {
        for command in Subcommand.all where command.name != "help" {
            let viaHelp = try WinnowProcess.run(["help", command.name])
            let viaFlag = try WinnowProcess.run([command.name, "--help"])
            XCTAssertEqual(viaHelp.status, 0)
            XCTAssertEqual(viaFlag.status, 0, "\(command.name) --help")
            XCTAssertEqual(viaHelp.stdout, viaFlag.stdout, command.name)
            XCTAssertEqual(viaHelp.stdout, command.help + "\n")
        }
    }

    func testAnOptionOutsideTheTableIsRefusedWithTheCommandsHelpNamed() throws {
        let result = try WinnowProcess.run(["ingest", "records.jsonl", "--state", "x"])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stderr, "winnow: unknown option --state for `winnow ingest` (see `winnow help ingest`)\n")
    }
}
