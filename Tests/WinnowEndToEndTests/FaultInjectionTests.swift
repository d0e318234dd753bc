import Foundation
import WinnowTestSupport
import XCTest

/// Faults injected into the real binary: a full disk (a tmpfs made full), `kill -9` at chosen system
/// calls (strace's fault injection, so the moment is exact and no test depends on timing), a writer
/// killed beside another, and signals to the workstation with the terminal checked afterwards.
final class FaultInjectionTests: XCTestCase {
    private func itemIDs(_ copy: SampleCopy) throws -> [String] {
        try WinnowProcess.run(["list", copy.dataset.path]).stdout.split(separator: "\n").compactMap { $0.split(separator: "\t").last }.map(String.init)
    }

    /// A copy of the screens sample whose first item was judged good.
    private func copyWithOneVerdict() throws -> (SampleCopy, [String]) {
        let copy = try SampleCopy()
        let ids = try itemIDs(copy)
        XCTAssertEqual(try WinnowProcess.run(["verdict", copy.dataset.path, ids.element(0), "good"]).status, 0)
        return (copy, ids)
    }

    private func journalBytes(_ journal: URL) -> Data { (try? Data(contentsOf: journal)) ?? Data() }

    private func requireStrace() throws {
        guard try WinnowProcess.shell("command -v strace").status == 0 else { throw XCTSkip("strace is not installed (.ci/run installs it)") }
    }

    /// `strace` kills the command with SIGKILL at its first `syscall` on `path` (any file when nil).
    private func killed(at syscall: String, on path: String?, _ arguments: [String]) throws -> WinnowProcess.Result {
        let filter = path.map { "-P '\($0)' " } ?? ""
        return try WinnowProcess.shell("strace -f -o /dev/null \(filter)-e trace=\(syscall) -e inject=\(syscall):signal=KILL '\(WinnowProcess.binary.path)' "
            + arguments.map { "'\($0)'" }.joined(separator: " "))
    }

    /// On a full disk a verdict, a note, a batch and an export each fail with a message that says
    /// so, and leave the journal byte for byte as it was; once there is room again all of it works.
    func testAFullDiskSavesNothingHalfWayAndSaysSo() throws {
        let disk = try SmallDisk(kilobytes: 512)
        let copy = try SampleCopy()
        let ids = try itemIDs(copy)
        let state = disk.url.appendingPathComponent("state").path
        let journal = disk.url.appendingPathComponent("state/journal.jsonl")
        // tmpfs gives space by the page: verdicts until the next one cannot end in the journal's last page.
        repeat {
            XCTAssertEqual(try WinnowProcess.run(["verdict", copy.dataset.path, ids.element(0), "good", "--state", state]).status, 0)
        } while 4096 - journalBytes(journal).count % 4096 >= 160
        let before = journalBytes(journal)
        try disk.fill()

        let one = try WinnowProcess.run(["verdict", copy.dataset.path, ids.element(1), "bad", "--state", state])
        XCTAssertEqual(one.status, 3, one.stderr)
        XCTAssertTrue(one.stderr.contains("the last action was NOT saved") && one.stderr.contains("No space left on device"), one.stderr)
        let note = try WinnowProcess.run(["note", copy.dataset.path, ids.element(1), "a long note", "--state", state])
        XCTAssertEqual(note.status, 3, note.stderr)
        XCTAssertEqual(journalBytes(journal), before, "a failed verdict or note left bytes in the journal")

        // Room for two pages: the batch's first lines fit, the rest do not, and it is cut back whole.
        disk.empty()
        try disk.fill(leaving: 8192)
        let lines = (0..<400).map { "\(ids[$0 % ids.count]) skip" }.joined(separator: "\n")
        let batch = try WinnowProcess.run(["verdict", copy.dataset.path, "--from", "-", "--state", state], stdin: lines)
        XCTAssertEqual(batch.status, 3, batch.stderr)
        XCTAssertTrue(batch.stderr.contains("0 verdicts were saved before this batch"), batch.stderr)
        XCTAssertEqual(journalBytes(journal), before, "a failed batch left part of itself in the journal")

        let out = disk.url.appendingPathComponent("out")
        let export = try WinnowProcess.run(["export", copy.dataset.path, "--format", "coco", "--out", out.path, "--images", "copy", "--state", state])
        XCTAssertEqual(export.status, 3, export.stderr)
        XCTAssertTrue(export.stderr.contains("export failed, nothing written"), export.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: disk.url.path).sorted(), ["filler", "state"])

        disk.empty()
        XCTAssertEqual(try WinnowProcess.run(["verdict", copy.dataset.path, ids.element(1), "bad", "--state", state]).status, 0)
        let summary = try WinnowProcess.run(["summary", copy.dataset.path, "--state", state])
        XCTAssertTrue(summary.stdout.contains("verdicts   good 1, bad 1, skip 0"), summary.stdout)
        XCTAssertFalse(summary.stderr.contains("journal"), summary.stderr)
    }

    /// A dataset nobody may write to: a verdict says where state could go instead and changes
    /// nothing; with `--state` it is saved there, and the dataset is untouched either way.
    func testAReadOnlyDatasetPointsToStateAndWorksWithIt() throws {
        let copy = try SampleCopy()
        let ids = try itemIDs(copy)
        let state = copy.root.appendingPathComponent("state")
        try FileManager.default.createDirectory(at: state, withIntermediateDirectories: true)
        XCTAssertEqual(try WinnowProcess.shell("chmod -R a-w '\(copy.dataset.path)' && chmod 777 '\(state.path)' && chmod 755 '\(copy.root.path)'").status, 0)
        defer { _ = try? WinnowProcess.shell("chmod -R u+w '\(copy.dataset.path)'") }
        let before = try WinnowProcess.shell("cd '\(copy.dataset.path)' && find . -type f | sort | xargs sha256sum").stdout
        // As root the modes are not enforced: run as nobody then.
        func asReviewer(_ arguments: String) throws -> WinnowProcess.Result {
            let command = "'\(WinnowProcess.binary.path)' \(arguments)"
            return try WinnowProcess.shell(getuid() == 0 ? "su nobody -s /bin/sh -c \"\(command)\"" : command)
        }
        let item = try ids.element(0)
        let refused = try asReviewer("verdict '\(copy.dataset.path)' \(item) good")
        XCTAssertEqual(refused.status, 3)
        XCTAssertTrue(refused.stderr.contains("cannot save here (read-only dataset? use --state DIR)"), refused.stderr)
        let saved = try asReviewer("verdict '\(copy.dataset.path)' \(item) good --state '\(state.path)'")
        XCTAssertEqual(saved.status, 0, saved.stderr)
        XCTAssertTrue(try asReviewer("summary '\(copy.dataset.path)' --state '\(state.path)'").stdout.contains("verdicts   good 1, bad 0"))
        XCTAssertEqual(try WinnowProcess.shell("cd '\(copy.dataset.path)' && find . -type f | sort | xargs sha256sum").stdout, before)
        XCTAssertFalse(FileManager.default.fileExists(atPath: copy.dataset.appendingPathComponent(".winnow").path))
    }

    /// `kill -9` as a batch accept writes its journal line: nothing of it is there. At its fsync,
    /// after the write: the whole batch is there (whole, though never acknowledged), and it replays.
    func testKillNineDuringABatchAcceptLeavesItAllOrNothing() throws {
        try requireStrace()
        let (copy, ids) = try copyWithOneVerdict()
        let before = journalBytes(copy.journal)
        let accept = ["accept", copy.dataset.path, "--tier", "low", "--yes"]

        XCTAssertEqual(try killed(at: "write", on: copy.journal.path, accept).status, 137)
        XCTAssertEqual(journalBytes(copy.journal), before)
        XCTAssertTrue(try WinnowProcess.run(["summary", copy.dataset.path]).stdout.contains("verdicts   good 1, bad 0, skip 0, unreviewed 10"))

        XCTAssertEqual(try killed(at: "fsync", on: copy.journal.path, accept).status, 137)
        let lines = copy.journalLines()
        XCTAssertEqual(lines.count, 2)
        XCTAssertTrue(lines.last?.contains(#""type":"verdict.batch""#) == true, lines.last ?? "")
        let summary = try WinnowProcess.run(["summary", copy.dataset.path])
        XCTAssertTrue(summary.stdout.contains("verdicts   good 6, bad 0, skip 0, unreviewed 5"), summary.stdout)
        XCTAssertFalse(summary.stderr.contains("journal"), summary.stderr)
    }

    /// `kill -9` just before an export renames its finished folder into place: there is no export
    /// (nothing half written), and the next export clears the abandoned staging folder and succeeds.
    func testKillNineDuringAnExportLeavesNoExportAndTheNextOneWorks() throws {
        try requireStrace()
        let (copy, ids) = try copyWithOneVerdict()
        let out = copy.root.appendingPathComponent("out")
        let export = ["export", copy.dataset.path, "--format", "coco", "--out", out.path]
        XCTAssertEqual(try killed(at: "rename", on: nil, export).status, 137)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.path))
        let left = try FileManager.default.contentsOfDirectory(atPath: copy.root.path).filter { $0.hasPrefix(".out.partial-") }
        XCTAssertEqual(left.count, 1, "the killed export's staging folder")

        let again = try WinnowProcess.run(export)
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: out.appendingPathComponent("annotations.json").path))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: copy.root.path).filter { $0.hasPrefix(".out.partial-") }, [])
    }

    /// Two writers at once, one killed while it holds the journal's lock (at its first fsync): the
    /// other finishes, and the journal holds every event of both whole, numbered without a gap.
    func testTwoWritersWithOneKilledLeaveWholeGapFreeEvents() throws {
        try requireStrace()
        let (copy, ids) = try copyWithOneVerdict()
        for (name, verdict, count) in [("a.txt", "bad", 1500), ("b.txt", "skip", 3000)] {
            try (0..<count).map { "\(ids[$0 % ids.count]) \(verdict)" }.joined(separator: "\n")
                .write(to: copy.root.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let binary = WinnowProcess.binary.path
        let dataset = copy.dataset.path
        let root = copy.root.path
        let script = """
            strace -f -o /dev/null -P '\(copy.journal.path)' -e trace=fsync -e inject=fsync:signal=KILL \
              '\(binary)' verdict '\(dataset)' --from '\(root)/a.txt' --reviewer killed 2>/dev/null & killed=$!
            '\(binary)' verdict '\(dataset)' --from '\(root)/b.txt' --reviewer survivor 2>/dev/null; survivor=$?
            wait $killed; echo "$? $survivor"
            """
        XCTAssertEqual(try WinnowProcess.shell(script).stdout.trimmingCharacters(in: .whitespacesAndNewlines), "137 0")
        let events = copy.journalLines().filter { $0.contains(#""seq":"#) }
        let seqs = events.compactMap { line in line.firstRange(of: #""seq":"#).flatMap { Int(line[$0.upperBound...].prefix { $0.isNumber }) } }
        XCTAssertEqual(seqs, Array(1...(1 + 1000 + 3000)), "the killed writer's first batch of 1000 is whole; the survivor's 3000 follow or precede it")
        XCTAssertEqual(events.filter { $0.contains(#""reviewer":"survivor""#) }.count, 3000)
        let summary = try WinnowProcess.run(["summary", copy.dataset.path])
        XCTAssertEqual(summary.status, 0)
        XCTAssertFalse(summary.stderr.contains("journal"), summary.stderr)
    }

    /// A workstation killed with -9 leaves its claim on the first triage item. While it lived, a
    /// second reviewer was moved past that item; after, the next reviewer takes the claim over.
    func testAStaleClaimOfAKilledWorkstationIsTakenOver() throws {
        let copy = try SampleCopy()
        let command = { (name: String) in [WinnowProcess.binary.path, copy.dataset.path, "--reviewer", name] }
        let first = try TmuxSession(command: command("first"), workdir: copy.root)
        try first.waitFor("the first workstation") { $0.contains("Queue triage 1/11") }
        let claim = try waitForClaim(in: copy) { $0.contains(#""reviewer":"first""#) }
        let item = try XCTUnwrap(claim.firstMatch(of: /"item":"([^"]+)"/)?.1)
        let live = try TmuxSession(command: command("second"), workdir: copy.root)
        try live.waitFor("the second reviewer moved on") { $0.contains("skipped \(item): first is reviewing it") }
        try live.send("q")
        XCTAssertEqual(live.exitStatus(), 0)

        XCTAssertEqual(kill(try XCTUnwrap(try first.winnowPID()), SIGKILL), 0)
        XCTAssertEqual(first.exitStatus(), 137)
        let next = try TmuxSession(command: command("third"), workdir: copy.root)
        try waitForClaim(in: copy) { $0.contains(#""item":"\#(item)""#) && $0.contains(#""reviewer":"third""#) }
        let screen = try next.waitFor("the next workstation") { $0.contains("Queue triage 1/11") }
        XCTAssertTrue(screen.contains(String(item)) && !screen.contains("is reviewing it"), screen)
        try next.send("q")
        XCTAssertEqual(next.exitStatus(), 0)
    }

    /// Polls the claim files until one satisfies `condition`; returns its text.
    @discardableResult
    private func waitForClaim(in copy: SampleCopy, timeout: TimeInterval = 15, _ condition: (String) -> Bool) throws -> String {
        let folder = copy.dataset.appendingPathComponent(".winnow/claims")
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let files = (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? []
            if let text = files.compactMap({ try? String(contentsOf: $0, encoding: .utf8) }).first(where: condition) { return text }
            Thread.sleep(forTimeInterval: 0.05)
        }
        XCTFail("no claim as expected in \(folder.path)")
        return ""
    }

    /// SIGHUP, SIGTERM and SIGINT each leave the terminal as it was: canonical mode and echo on,
    /// the alternate screen off, the cursor shown.
    func testEverySignalThatEndsTheWorkstationRestoresTheTerminal() throws {
        let copy = try SampleCopy()
        for (signal, status) in [(SIGHUP, Int32(129)), (SIGTERM, 130), (SIGINT, 130)] {
            let tmux = try TmuxSession(command: [WinnowProcess.binary.path, copy.dataset.path], workdir: copy.root, width: 80, height: 24)
            try tmux.waitFor("the workstation") { $0.contains("Queue triage") }
            XCTAssertEqual(try tmux.paneFormat("#{alternate_on}"), "1")
            XCTAssertEqual(kill(try XCTUnwrap(try tmux.winnowPID()), signal), 0)
            XCTAssertEqual(tmux.exitStatus(), status, "signal \(signal)")
            let modes = Set(tmux.terminalModesAfterExit().split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init))
            for mode in ["icanon", "echo", "icrnl", "opost", "isig"] {
                XCTAssertTrue(modes.contains(mode) && !modes.contains("-\(mode)"), "signal \(signal): \(mode) not restored: \(modes.sorted())")
            }
            XCTAssertEqual(try tmux.paneFormat("#{alternate_on}"), "0", "signal \(signal)")
            XCTAssertEqual(try tmux.paneFormat("#{cursor_flag}"), "1", "signal \(signal)")
        }
    }
}
