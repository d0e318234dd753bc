import Foundation
import WinnowCore
import WinnowTestSupport
import XCTest

/// `--journal postgresql://…` (or `journal =` in .winnow/config) on the real binary: the same
/// commands, the events in the database, nothing in the dataset, no password anywhere shown.
final class PostgresJournalCommandTests: XCTestCase {
    /// The workstation on the copy, with the database journal, for one reviewer.
    private func workstation(_ copy: SampleCopy, _ database: ServerDatabase, _ reviewer: String) throws -> TmuxSession {
        try TmuxSession(command: [WinnowProcess.binary.path, copy.dataset.path, "--journal", database.url, "--reviewer", reviewer], workdir: copy.root)
    }

    private func ids(_ copy: SampleCopy) throws -> [String] {
        try WinnowProcess.run(["list", copy.dataset.path]).stdout.split(separator: "\n").compactMap { $0.split(separator: "\t").last }.map(String.init)
    }

    func testVerdictsBatchesSummaryAndExportRunOnTheDatabase() throws {
        let database = try ServerDatabase()
        let copy = try SampleCopy()
        let ids = try ids(copy)
        let first = try WinnowProcess.run(["verdict", copy.dataset.path, try ids.element(0), "bad", "--journal", database.url])
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertTrue(first.stderr.contains("note: created Winnow's journal tables (schema version 1)"), first.stderr)
        let batch = try WinnowProcess.run(["verdict", copy.dataset.path, "--from", "-", "--journal", database.url],
                                          stdin: ids.dropFirst().prefix(4).map { "\($0) good" }.joined(separator: "\n"))
        XCTAssertEqual(batch.status, 0, batch.stderr)
        XCTAssertTrue(batch.stderr.contains("saved: 4 verdicts (events 2-5)"), batch.stderr)
        XCTAssertEqual(database.query("SELECT count(*), min(seq), max(seq), min(dataset) FROM winnow_events"), "5|1|5|dataset")

        let summary = try WinnowProcess.run(["summary", copy.dataset.path, "--journal", database.url])
        XCTAssertTrue(summary.stdout.contains("verdicts   good 4, bad 1, skip 0, unreviewed 6"), summary.stdout)
        XCTAssertFalse(FileManager.default.fileExists(atPath: copy.dataset.appendingPathComponent(".winnow").path), "no file journal")
        XCTAssertTrue(try WinnowProcess.run(["summary", copy.dataset.path]).stdout.contains("unreviewed 11"), "the file journal is separate")

        let out = copy.root.appendingPathComponent("out")
        let export = try WinnowProcess.run(["export", copy.dataset.path, "--format", "coco", "--out", out.path, "--journal", database.url])
        XCTAssertEqual(export.status, 0, export.stderr)
        let images = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("annotations.json"))) as? [String: Any]
        XCTAssertEqual((images?["images"] as? [Any])?.count, 4, "the four good items")
        let provenance = try String(contentsOf: out.appendingPathComponent("winnow-export.json"), encoding: .utf8)
        XCTAssertFalse(provenance.contains(database.password), "no password in the provenance")
    }

    /// `journal = URL` in the dataset's config does what `--journal` does.
    func testTheConfigNamesTheJournal() throws {
        let database = try ServerDatabase()
        let copy = try SampleCopy()
        let state = copy.dataset.appendingPathComponent(".winnow")
        try FileManager.default.createDirectory(at: state, withIntermediateDirectories: true)
        try "journal = \(database.url)\n".write(to: state.appendingPathComponent("config"), atomically: true, encoding: .utf8)
        let result = try WinnowProcess.run(["verdict", copy.dataset.path, try ids(copy).element(0), "good"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(database.query("SELECT count(*) FROM winnow_events"), "1")
        XCTAssertFalse(FileManager.default.fileExists(atPath: state.appendingPathComponent("journal.jsonl").path))
    }

    /// A wrong password stops the command with what the server said, never the password, and
    /// writes nothing anywhere.
    func testAWrongPasswordSaysSoAndSavesNothingElsewhere() throws {
        let database = try ServerDatabase()
        let copy = try SampleCopy()
        let item = try ids(copy).element(0)
        let wrong = database.url.replacingOccurrences(of: ":\(database.password)@", with: ":Sekr1t-wrong@")
        let refused = try WinnowProcess.run(["verdict", copy.dataset.path, item, "good", "--journal", wrong])
        XCTAssertEqual(refused.status, 3)
        XCTAssertTrue(refused.stderr.contains("the journal database refused the connection") && refused.stderr.contains("password authentication failed"),
                      refused.stderr)
        XCTAssertFalse(refused.stderr.contains("Sekr1t"), refused.stderr)
        // A malformed connection string is a mistake to fix, not an outage: nothing is kept to send later.
        for typo in ["not a url", "postgresql://winnow:Sekr1t@[bad"] {
            let malformed = try WinnowProcess.run(["verdict", copy.dataset.path, item, "good", "--journal", typo])
            XCTAssertEqual(malformed.status, 3, malformed.stderr)
            XCTAssertTrue(malformed.stderr.contains("not a PostgreSQL connection string") && !malformed.stderr.contains("Sekr1t"), malformed.stderr)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: copy.dataset.appendingPathComponent(".winnow").path))
    }

    /// With the server out of reach a verdict is saved on this machine and says so; the next command
    /// that reaches the server sends it first, and a conflict with another reviewer's verdict given
    /// meanwhile lands in the disagreements queue.
    func testAnUnreachableServerCostsNothing() throws {
        let database = try ServerDatabase()
        let copy = try SampleCopy()
        let item = try ids(copy).element(0)
        let down = "postgresql://winnow:Sekr1t@/\(database.url.split(separator: "/").last?.split(separator: "?").first ?? "")?host=/nonexistent-winnow"
        let away = try WinnowProcess.run(["verdict", copy.dataset.path, item, "bad", "--journal", down, "--reviewer", "ana"])
        XCTAssertEqual(away.status, 0, away.stderr)
        XCTAssertTrue(away.stderr.contains("cannot reach the journal database") && !away.stderr.contains("Sekr1t"), away.stderr)
        XCTAssertTrue(away.stderr.contains("saved locally (1 waiting for the journal database): bad · \(item)"), away.stderr)
        let spool = copy.dataset.appendingPathComponent(".winnow/spool.jsonl")
        XCTAssertTrue(FileManager.default.fileExists(atPath: spool.path))
        XCTAssertTrue(try WinnowProcess.run(["summary", copy.dataset.path, "--journal", down]).stdout.contains("verdicts   good 0, bad 1"),
                      "offline, the state includes what waits")

        let wrong = database.url.replacingOccurrences(of: ":\(database.password)@", with: ":Sekr1t-wrong@")
        XCTAssertEqual(try WinnowProcess.run(["summary", copy.dataset.path, "--journal", wrong]).status, 3)
        XCTAssertTrue(FileManager.default.fileExists(atPath: spool.path), "a refused connection leaves the spool alone")

        let meanwhile = copy.root.appendingPathComponent("elsewhere")  // bo, on another machine
        try FileManager.default.createDirectory(at: meanwhile, withIntermediateDirectories: true)
        XCTAssertEqual(try WinnowProcess.run(["verdict", copy.dataset.path, item, "good", "--journal", database.url, "--reviewer", "bo",
                                              "--state", meanwhile.path]).status, 0)
        let back = try WinnowProcess.run(["list", copy.dataset.path, "--queue", "disagreements", "--journal", database.url])
        XCTAssertEqual(back.status, 0, back.stderr)
        XCTAssertTrue(back.stderr.contains("sent 1 events of dataset saved on this machine"), back.stderr)
        XCTAssertTrue(back.stdout.contains(item), "ana's and bo's verdicts disagree:\n\(back.stdout)")
        XCTAssertFalse(FileManager.default.fileExists(atPath: spool.path))
        XCTAssertEqual(database.query("SELECT string_agg(reviewer, ',' ORDER BY seq) FROM winnow_events"), "bo,ana")
    }

    /// A workstation that cannot reach the server keeps working, says where each verdict went, and
    /// says on quitting that they wait.
    func testTheWorkstationWorksOfflineAndSaysWhatWaits() throws {
        let copy = try SampleCopy()
        let tmux = try TmuxSession(command: [WinnowProcess.binary.path, copy.dataset.path, "--journal", "postgresql://winnow@/x?host=/nonexistent-winnow"],
                                   workdir: copy.root)
        try tmux.waitFor("the workstation, offline") { $0.contains("Queue triage 1/11") && $0.contains("cannot reach the journal database") }
        try tmux.send("a")
        try tmux.waitFor("the verdict saved here") { $0.contains("saved locally, 1 waiting") }
        try tmux.send("q")
        XCTAssertEqual(tmux.exitStatus(), 0)
        try tmux.waitFor("the note on quitting") { $0.contains("1 event is saved on this machine (spool.jsonl in the state folder)") }
    }

    /// The workstation on the database: a verdict key lands as a row, and while it runs its
    /// command line (as `ps` shows it) holds no password.
    func testTheWorkstationSavesToTheDatabaseAndHidesThePassword() throws {
        let database = try ServerDatabase()
        let copy = try SampleCopy()
        let tmux = try workstation(copy, database, "ana")
        try tmux.waitFor("the workstation") { $0.contains("Queue triage 1/11") }
        let pid = try XCTUnwrap(try tmux.winnowPID())
        let commandLine = try String(decoding: Data(contentsOf: URL(fileURLWithPath: "/proc/\(pid)/cmdline")), as: UTF8.self)
        XCTAssertTrue(commandLine.contains("--journal"), commandLine)
        XCTAssertFalse(commandLine.contains(database.password), "the password shows in ps: \(commandLine)")
        try tmux.send("a")
        try tmux.waitFor("the verdict saved") { $0.contains("saved: good") }
        try tmux.send("q")
        XCTAssertEqual(tmux.exitStatus(), 0)
        XCTAssertEqual(database.query("SELECT reviewer, type FROM winnow_events"), "ana|verdict")
    }

    /// Two workstations on the database: a verdict given in one shows in the other's queue, which
    /// the database notifies, where a file journal is polled every half second.
    func testTwoWorkstationsSeeEachOthersVerdicts() throws {
        let database = try ServerDatabase()
        let copy = try SampleCopy()
        let bo = try workstation(copy, database, "bo")
        let screen = try bo.waitFor("bo's workstation") { $0.contains("Queue triage 1/11") }
        let rows = screen.split(separator: "\n").dropFirst().prefix(2).compactMap { $0.split(separator: "│").first.map(String.init) }
        XCTAssertEqual(rows.count, 2)
        let ana = try workstation(copy, database, "ana")
        // bo holds the first item, so ana is moved on to the second, and judges it.
        let secondRow = try XCTUnwrap(rows.last)
        let second = try XCTUnwrap(secondRow.split(separator: " ").last.map(String.init))
        try ana.waitFor("ana on the second item") { $0.contains("skipped") && $0.contains("bo is reviewing it") }
        try ana.send("x")
        try ana.waitFor("ana's verdict saved") { $0.contains("saved: bad · \(second)") }
        try bo.waitFor("ana's verdict on bo's screen") { $0.contains("✗  \(secondRow.dropFirst(3))") }
        for tmux in [ana, bo] {
            try tmux.send("q")
            XCTAssertEqual(tmux.exitStatus(), 0)
        }
    }

    /// push copies a file journal into the database (again: only what is new), pull writes the
    /// database's events as a journal file that reads the same; diverged histories are refused.
    func testPushAndPullMoveAJournalAndCheckTheStateIsTheSame() throws {
        let database = try ServerDatabase()
        let copy = try SampleCopy()
        let ids = try ids(copy)
        for (item, verdict) in [(try ids.element(0), "good"), (try ids.element(1), "bad")] {
            XCTAssertEqual(try WinnowProcess.run(["verdict", copy.dataset.path, item, verdict]).status, 0)
        }
        XCTAssertEqual(try WinnowProcess.run(["note", copy.dataset.path, try ids.element(0), "fine"]).status, 0)
        let pushed = try WinnowProcess.run(["journal", "push", copy.dataset.path, "--to", database.url])
        XCTAssertEqual(pushed.status, 0, pushed.stderr)
        XCTAssertTrue(pushed.stdout.hasPrefix("pushed 3 of 3 events of dataset to postgresql://"), pushed.stdout)
        XCTAssertTrue(pushed.stdout.contains("both give the same state") && !pushed.stdout.contains(database.password), pushed.stdout)
        XCTAssertTrue(try WinnowProcess.run(["journal", "push", copy.dataset.path, "--to", database.url]).stdout.hasPrefix("pushed 0 of 3"))
        let summary = try WinnowProcess.run(["summary", copy.dataset.path, "--journal", database.url])
        XCTAssertTrue(summary.stdout.contains("verdicts   good 1, bad 1, skip 0, unreviewed 9"), summary.stdout)

        let pulled = copy.root.appendingPathComponent("state/journal.jsonl")
        try FileManager.default.createDirectory(at: pulled.deletingLastPathComponent(), withIntermediateDirectories: true)
        let pull = try WinnowProcess.run(["journal", "pull", copy.dataset.path, "--journal", database.url, "--to", pulled.path])
        XCTAssertEqual(pull.status, 0, pull.stderr)
        XCTAssertEqual(try String(contentsOf: pulled, encoding: .utf8), try String(contentsOf: copy.journal, encoding: .utf8),
                       "three single events: the same lines, byte for byte")
        let fromPulled = try WinnowProcess.run(["summary", copy.dataset.path, "--state", pulled.deletingLastPathComponent().path])
        XCTAssertTrue(fromPulled.stdout.contains("verdicts   good 1, bad 1, skip 0, unreviewed 9"), fromPulled.stdout)
        XCTAssertEqual(try WinnowProcess.run(["journal", "pull", copy.dataset.path, "--journal", database.url, "--to", pulled.path]).status, 2,
                       "an existing file is not overwritten")

        XCTAssertEqual(try WinnowProcess.run(["verdict", copy.dataset.path, try ids.element(2), "skip", "--journal", database.url]).status, 0)
        XCTAssertEqual(try WinnowProcess.run(["verdict", copy.dataset.path, try ids.element(3), "bad"]).status, 0)
        let diverged = try WinnowProcess.run(["journal", "push", copy.dataset.path, "--to", database.url])
        XCTAssertEqual(diverged.status, 3)
        XCTAssertTrue(diverged.stderr.contains("already holds 4 events of dataset dataset that are not this journal's; nothing was pushed"), diverged.stderr)
        XCTAssertEqual(database.query("SELECT count(*) FROM winnow_events"), "4")
    }

    /// With the database journal, triage claims are its rows: a second workstation is moved past
    /// the first one's item, and no claim file is written.
    func testClaimsAreRowsOfTheDatabase() throws {
        let database = try ServerDatabase()
        let copy = try SampleCopy()
        let first = try workstation(copy, database, "first")
        try first.waitFor("the first workstation") { $0.contains("Queue triage 1/11") }
        var claimed = ""
        let deadline = Date().addingTimeInterval(15)
        while claimed.isEmpty, Date() < deadline { claimed = database.query("SELECT item FROM winnow_claims WHERE reviewer = 'first' AND expires > now()") }
        XCTAssertFalse(claimed.isEmpty, "no claim row for the first workstation")
        let second = try workstation(copy, database, "second")
        try second.waitFor("the second reviewer moved on") { $0.contains("skipped \(claimed): first is reviewing it") }
        for tmux in [first, second] {
            try tmux.send("q")
            XCTAssertEqual(tmux.exitStatus(), 0)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: copy.dataset.appendingPathComponent(".winnow/claims").path))
        XCTAssertEqual(database.query("SELECT count(*) FROM winnow_claims WHERE expires > now()"), "0", "claims are released on quitting")
    }

    /// Eight `verdict --from` processes of 5,000 lines each at once: 40,000 whole events, numbered
    /// 1 to 40,000 by the database, each writer's in its own order.
    func testEightWritersGiveFortyThousandWholeGapFreeEvents() throws {
        let database = try ServerDatabase()
        let copy = try SampleCopy()
        let ids = try ids(copy)
        var script = ""
        for writer in 0..<8 {
            let file = copy.root.appendingPathComponent("w\(writer).txt")
            try (0..<5000).map { "\(ids[($0 + writer) % ids.count]) \(["good", "bad", "skip"][$0 % 3]) w\(writer)-\($0)" }.joined(separator: "\n")
                .write(to: file, atomically: true, encoding: .utf8)
            script += "'\(WinnowProcess.binary.path)' verdict '\(copy.dataset.path)' --from '\(file.path)' --journal '\(database.url)' --reviewer w\(writer) 2>/dev/null & "
        }
        script += "failed=0; for job in $(jobs -p); do wait $job || failed=1; done; echo $failed"
        XCTAssertEqual(try WinnowProcess.shell(script).stdout.trimmingCharacters(in: .whitespacesAndNewlines), "0")
        XCTAssertEqual(database.query("SELECT count(*), count(DISTINCT seq), min(seq), max(seq) FROM winnow_events"), "40000|40000|1|40000")
        // Each writer's notes come back in the order it wrote them.
        let order = database.query("SELECT bool_and(ordered) FROM (SELECT reviewer, array_agg(line ORDER BY seq) = array_agg(line ORDER BY "
            + "(regexp_match(line, '-(\\d+)\"'))[1]::int) AS ordered FROM winnow_events GROUP BY reviewer) x")
        XCTAssertEqual(order, "t")
    }

    /// The server stops in the middle of a review and starts again: the verdicts given before are
    /// in the database, those given during the outage are saved on this machine and sent by the
    /// next command, and every acknowledged verdict is there exactly once.
    func testTheServerStoppedMidReviewLosesNothing() throws {
        guard ProcessInfo.processInfo.environment["WINNOW_TEST_POSTGRES"] != nil else { throw XCTSkip("needs PostgreSQL (.ci/run starts one)") }
        let server = FileManager.default.temporaryDirectory.appendingPathComponent("winnow-outage-\(UUID().uuidString.prefix(8))").path
        // Through system(): Foundation's Process does not see a shell exit whose child started a server.
        func throwaway(_ action: String) -> (status: Int32, output: String) {
            let script = WinnowProcess.packageRoot.appendingPathComponent("scripts/throwaway-postgres.sh").path
            let output = server + "-\(action).out"
            let status = system("'\(script)' \(action) '\(server)' > '\(output)' 2>&1 </dev/null")
            defer { try? FileManager.default.removeItem(atPath: output) }
            return (status, (try? String(contentsOfFile: output, encoding: .utf8)) ?? "")
        }
        let started = throwaway("start")
        XCTAssertEqual(started.status, 0, started.output)
        defer { _ = throwaway("stop") }
        let url = started.output.trimmingCharacters(in: .whitespacesAndNewlines)
        let copy = try SampleCopy()
        let tmux = try TmuxSession(command: [WinnowProcess.binary.path, copy.dataset.path, "--journal", url, "--reviewer", "ana"], workdir: copy.root)
        try tmux.waitFor("the workstation") { $0.contains("Queue triage 1/11") }
        try tmux.send("a")
        try tmux.waitFor("a verdict in the database") { $0.contains("saved: good") && $0.contains("2/11") }
        XCTAssertEqual(throwaway("halt").status, 0)
        try tmux.send("x")
        try tmux.waitFor("a verdict kept here") { $0.contains("saved locally, 1 waiting") }
        try tmux.send("a")
        try tmux.waitFor("another kept here") { $0.contains("saved locally, 2 waiting") }
        try tmux.send("q")
        XCTAssertEqual(tmux.exitStatus(), 0)
        XCTAssertEqual(throwaway("resume").status, 0)
        let back = try WinnowProcess.run(["summary", copy.dataset.path, "--journal", url])
        XCTAssertTrue(back.stderr.contains("sent 2 events of dataset"), back.stderr)
        XCTAssertTrue(back.stdout.contains("verdicts   good 2, bad 1, skip 0, unreviewed 8"), back.stdout)
        let rows = try WinnowProcess.shell("psql '\(url)' -tAc 'SELECT count(*), count(DISTINCT seq), max(seq) FROM winnow_events'").stdout
        XCTAssertEqual(rows.trimmingCharacters(in: .whitespacesAndNewlines), "3|3|3")
    }

    /// Versions, their diff, and exports at a version or a journal position read the database's
    /// events as they read the file journal's.
    func testVersionsDiffAndExportsAtAPositionRunOnTheDatabase() throws {
        let database = try ServerDatabase()
        let copy = try SampleCopy("text")
        let file = copy.dataset.appendingPathComponent("intents.jsonl").path
        let db = ["--journal", database.url]
        XCTAssertEqual(try WinnowProcess.run(["version", file, "create", "-m", "as collected"] + db).status, 0)
        let verdicts = try WinnowProcess.run(["verdict", file, "--from", "-"] + db, stdin: "int_05 bad duplicate\nint_01 good\n")
        XCTAssertEqual(verdicts.status, 0, verdicts.stderr)
        XCTAssertEqual(try WinnowProcess.run(["version", file, "create", "-m", "duplicates judged"] + db).status, 0)
        let diff = try JSONParser.parse(try WinnowProcess.run(["diff", file, "1.0", "1.1", "--json"] + db).stdout)
        XCTAssertEqual(diff.arrayValue?.compactMap { $0["item"]?.stringValue }, ["int_01", "int_05"])
        let lines = { (name: String, extra: [String]) throws -> Int in
            let out = copy.root.appendingPathComponent(name)
            let export = try WinnowProcess.run(["export", file, "--format", "jsonl", "--out", out.path] + extra + db)
            XCTAssertEqual(export.status, 0, export.stderr)
            return try String(contentsOf: out.appendingPathComponent("examples.jsonl"), encoding: .utf8).split(separator: "\n").count
        }
        XCTAssertEqual(try lines("v1", ["--version", "1.0"]), 10, "at 1.0 nothing was judged bad yet")
        XCTAssertEqual(try lines("at0", ["--at", "0"]), 10)
        XCTAssertEqual(try lines("now", []), 9)
    }
}
