import WinnowApp
import Foundation
import WinnowCore

/// `winnow-bench --journal N`: the "open a dataset with a 1M-event journal <= 1 s" budget. Writes
/// N verdict events (N/10 items with 10 events each, 4 reviewers) to a temporary screenshot
/// dataset and times opening it; then has 4 (`--writers K`) `winnow verdict --from` processes
/// write N/4 lines each to one journal at once, checks the result is whole, and times opening that.
enum JournalBench {
    static let reviewers = ["ana", "bo", "chen", "dara"]

    static func run(events requested: String, writers: String?, database: String?, json: Bool) throws(CLIError) -> ExitCode {
        guard let events = Int(requested), events >= 4 else { throw .usage("--journal needs a number of events >= 4", command: "bench") }
        guard let writers = Int(writers ?? "4"), (0...64).contains(writers) else { throw .usage("--writers takes 0 to 64", command: "bench") }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("winnow-journal-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let items = (0..<max(1, events / 10)).map(itemID)
        let single = folder.appendingPathComponent("single")
        let concurrent = folder.appendingPathComponent("concurrent")
        try writeManifest(items, in: single)
        try writeManifest(items, in: concurrent)

        StandardError.write("bench: writing \(events) events for \(items.count) items to \(single.path)")
        var report = JSONObject([("events", JSONValue(events)), ("items", JSONValue(items.count))])
        report["write_ms"] = JSONValue(try milliseconds { () throws(CLIError) in try writeJournal(events: events, items: items, in: single) })
        report["journal_bytes"] = JSONValue(journalSize(single))
        let replays = (0..<3).map { _ in replayMilliseconds(single) }
        report["replay_ms"] = JSONValue(replays.sorted()[1])
        report["replay_best_ms"] = JSONValue(replays.min() ?? 0)
        // The first session's open leaves the checkpoint later opens start from.
        report["first_open_ms"] = JSONValue(try milliseconds { () throws(CLIError) in _ = try CommonOptions.open(path: single.path, stateOverride: nil, reviewer: "bench") })
        BackgroundWrites.wait()
        report["checkpoint_ms"] = JSONValue(checkpointMilliseconds(single))
        report["open_ms"] = JSONValue(try milliseconds { () throws(CLIError) in _ = try CommonOptions.open(path: single.path, stateOverride: nil, reviewer: "bench") })

        if writers > 0 {
            StandardError.write("bench: \(writers) processes writing \(events / writers) verdicts each to \(concurrent.path)")
            report["concurrent"] = try concurrentWriters(writers, events: events, items: items, in: concurrent)
        }
        if let database {
            report["database"] = try DatabaseJournalBench.run(events: events, items: items, writers: writers, database: database, in: folder)
        }
        if json {
            JSONOutput.print(.object(report))
        } else {
            printText(report)
        }
        return .ok
    }

    /// 16 hex digits, like the image ids of a real screenshot dataset (too long for Swift's inline strings).
    static func itemID(_ n: Int) -> String {
        let hex = String(UInt64(n) &* 0x9E37_79B9_7F4A_7C15, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    static func writeManifest(_ items: [String], in root: URL) throws(CLIError) {
        var text = ""
        for id in items { text += #"{"image_id":"\#(id)","width":1280,"height":800}"# + "\n" }
        do {
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            try text.write(to: root.appendingPathComponent(ScreenshotDatasetReader.manifestName), atomically: true, encoding: .utf8)
        } catch {
            throw .unreadable("cannot write the bench dataset in \(root.path): \(error)")
        }
    }

    /// Event i is about item i % items, so each item's 10 events are spread over the journal; a
    /// reviewer gives 10,000 verdicts in a row, each at its own millisecond, as the workstation
    /// would. Lines are made by `JournalEvent.line()` and written in one go (a million fsyncs
    /// would measure the disk, not the replay).
    static func writeJournal(events: Int, items: [String], in root: URL) throws(CLIError) {
        let state = root.appendingPathComponent(".winnow")
        var bytes: [UInt8] = []
        bytes.reserveCapacity(events * 160)
        for i in 0..<events {
            bytes.append(contentsOf: event(i, items: items).line().utf8)
            bytes.append(0x0A)
        }
        do {
            try FileManager.default.createDirectory(at: state, withIntermediateDirectories: true)
            try Data(bytes).write(to: state.appendingPathComponent(VerdictJournal.fileName))
        } catch {
            throw .unreadable("cannot write the bench journal in \(state.path): \(error)")
        }
    }

    /// Event i of the bench journal.
    static func event(_ i: Int, items: [String]) -> JournalEvent {
        let action = JournalAction.verdict(item: items[i % items.count], verdict: Verdict.allCases[(i / 7) % 3],
                                           note: i % 20 == 0 ? "checked against the spec" : nil, reason: nil)
        return JournalEvent(seq: i + 1, time: timestamp(millisecond: i), reviewer: reviewers[(i / 10_000) % reviewers.count], action: action)
    }

    /// 2026-11-22T00:00:00.000Z plus `ms` milliseconds (within the day), in the journal's format.
    private static func timestamp(millisecond ms: Int) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let seconds = ms / 1000
        let fraction = ms % 1000
        let milli = fraction < 10 ? "00\(fraction)" : fraction < 100 ? "0\(fraction)" : "\(fraction)"
        return "2026-11-22T\(two(seconds / 3600 % 24)):\(two(seconds / 60 % 60)):\(two(seconds % 60)).\(milli)Z"
    }

    /// Opening the journal with no checkpoint: read, parse, checksum and replay into a ledger, as
    /// the first open of a dataset does. The ledger is freed after the clock stops.
    private static func replayMilliseconds(_ root: URL) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        var ledger = CurationLedger()
        VerdictJournal.existing(in: root.appendingPathComponent(".winnow"))?.readNew(into: &ledger)
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        return ledger.events.isEmpty ? 0 : elapsed
    }

    /// Opening it as later opens do, from the checkpoint the first session left: median of 3.
    private static func checkpointMilliseconds(_ root: URL) -> Double {
        let state = root.appendingPathComponent(".winnow")
        let times = (0..<3).map { _ in
            let start = DispatchTime.now().uptimeNanoseconds
            let ledger = VerdictJournal.existing(in: state).map(CurationLedger.init(replaying:))
            return withExtendedLifetime(ledger) { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6 }
        }
        return times.sorted()[1]
    }

    private static func concurrentWriters(_ writers: Int, events: Int, items: [String], in root: URL) throws(CLIError) -> JSONValue {
        let perWriter = events / writers
        var inputs: [URL] = []
        for writer in 0..<writers {
            var text = ""
            for i in 0..<perWriter {
                text += "\(items[(writer * perWriter + i) % items.count]) \(Verdict.allCases[(i / 5 + writer) % 3].rawValue)\n"
            }
            let file = root.appendingPathComponent("verdicts-\(writer).txt")
            do { try text.write(to: file, atomically: true, encoding: .utf8) } catch { throw .unreadable("\(file.path): \(error)") }
            inputs.append(file)
        }
        var statuses: [Int32] = []
        let seconds = try milliseconds { () throws(CLIError) in statuses = try runWriters(inputs, root: root) } / 1000
        let check = JournalCheck(root.appendingPathComponent(".winnow"))
        return .object(JSONObject([
            ("writers", JSONValue(writers)),
            ("events", JSONValue(perWriter * writers)),
            ("exit_codes", .array(statuses.map { JSONValue(Int($0)) })),
            ("seconds", JSONValue(seconds)),
            ("events_per_second", JSONValue(Double(perWriter * writers) / seconds)),
            ("whole_events", JSONValue(check.wholeEvents)),
            ("bad_lines", JSONValue(check.badLines)),
            ("seq_unique_gap_free", JSONValue(check.sequenceIsGapFree)),
            ("replay_ms", JSONValue(replayMilliseconds(root))),
        ]))
    }

    private static func runWriters(_ inputs: [URL], root: URL) throws(CLIError) -> [Int32] {
        let binary = BenchProcess.winnow  // the writers are the real command
        var processes: [Process] = []
        for (writer, input) in inputs.enumerated() {
            let process = Process()
            process.executableURL = binary
            process.arguments = ["verdict", root.path, "--from", input.path, "--reviewer", reviewers[writer % reviewers.count] + "\(writer / reviewers.count + 1)"]
            process.standardError = FileHandle.nullDevice
            do { try process.run() } catch { throw .unreadable("cannot start \(binary.path): \(error)") }
            processes.append(process)
        }
        for process in processes { process.waitUntilExit() }
        return processes.map(\.terminationStatus)
    }

    private static func journalSize(_ root: URL) -> Int {
        let path = root.appendingPathComponent(".winnow").appendingPathComponent(VerdictJournal.fileName).path
        return ((try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? Int) ?? 0
    }

    static func milliseconds(_ body: () throws(CLIError) -> Void) throws(CLIError) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
    }

    private static func printText(_ o: JSONObject) {
        let events = o["events"]?.intValue ?? 0
        print(String(format: "journal of %d verdict events (%d items, %d reviewers, %.0f MB), written in %.0f ms",
                     events, o["items"]?.intValue ?? 0, reviewers.count, Double(o["journal_bytes"]?.intValue ?? 0) / 1e6,
                     o["write_ms"]?.doubleValue ?? 0))
        print(String(format: "open + replay (parse, checksum, ledger): median %.0f ms, best %.0f ms of 3 (budget <= 1000 ms)",
                     o["replay_ms"]?.doubleValue ?? 0, o["replay_best_ms"]?.doubleValue ?? 0))
        print(String(format: "whole dataset open (manifest of %d items + journal), the first: %.0f ms", o["items"]?.intValue ?? 0, o["first_open_ms"]?.doubleValue ?? 0))
        print(String(format: "open + replay from the checkpoint that open left (ledger.bin): median %.0f ms of 3", o["checkpoint_ms"]?.doubleValue ?? 0))
        print(String(format: "whole dataset open again, from the checkpoint: %.0f ms", o["open_ms"]?.doubleValue ?? 0))
        guard let c = o["concurrent"] else { return }
        let whole = c["whole_events"]?.intValue ?? 0
        let ok = whole == c["events"]?.intValue && c["bad_lines"]?.intValue == 0 && c["seq_unique_gap_free"]?.boolValue == true
        print(String(format: "%d concurrent `verdict --from` writers: %d events in %.2f s (%.0f events/s); journal %@: %d whole events, %d bad lines, seq %@",
                     c["writers"]?.intValue ?? 0, c["events"]?.intValue ?? 0, c["seconds"]?.doubleValue ?? 0, c["events_per_second"]?.doubleValue ?? 0,
                     ok ? "whole" : "DAMAGED", whole, c["bad_lines"]?.intValue ?? 0,
                     c["seq_unique_gap_free"]?.boolValue == true ? "unique and gap-free" : "NOT gap-free"))
        print(String(format: "open + replay of that journal: %.0f ms", c["replay_ms"]?.doubleValue ?? 0))
    }
}
