import WinnowApp
import Foundation
import WinnowCore

/// `winnow-bench --accept N`: the "batch accept of 100k items <= 1 s" budget. Writes a screenshot
/// dataset of N manifest entries (no images, no annotation files: writing 100k small files takes
/// this disk over a minute, and labels do not change what accept does) in a temporary folder and
/// times each phase of `winnow accept PATH --tier low --yes` in process (the same job the command runs), then the replay of the
/// journal it wrote and the one undo that takes the batch back.
enum AcceptBench {
    static func run(count: Int, json: Bool) throws(CLIError) -> ExitCode {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("winnow-accept-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        StandardError.write("bench: writing \(count) manifest entries to \(folder.path)")
        let root = try writeDataset(count: count, into: folder)
        let phases = try measure(root)
        if json {
            JSONOutput.print(.object(JSONObject([("items", JSONValue(count))] + phases.map { ($0.name + "_ms", JSONValue($0.seconds * 1000)) })))
        } else {
            for phase in phases { print(phase.name.padding(toLength: 26, withPad: " ", startingAt: 0) + String(format: "%8.1f ms", phase.seconds * 1000)) }
            let accept = phases.filter { ["select", "record"].contains($0.name) }.reduce(0) { $0 + $1.seconds }
            print(String(format: "batch accept of %d items (select + record): %.0f ms (budget <= 1000 ms)", count, accept * 1000))
        }
        return .ok
    }

    private static func measure(_ root: URL) throws(CLIError) -> [(name: String, seconds: Double)] {
        var phases: [(String, Double)] = []
        func timed<T>(_ name: String, _ body: () throws(CLIError) -> T) throws(CLIError) -> T {
            let start = DispatchTime.now().uptimeNanoseconds
            let result = try body()
            phases.append((name, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9))
            return result
        }
        let triage = try timed("load") { () throws(CLIError) in try TriageWorkspace(CommonOptions(path: root.path, reviewer: "bench")) }
        let session = triage.session
        let snapshot = try timed("snapshot") { triage.snapshot }
        let chosen = try timed("select") { BatchAcceptJob.unreviewed(in: snapshot, tier: .low, query: FilterQuery()) }
        let ids = chosen.map { session.workspace.items[$0].localID }
        let seqs = try timed("record") { () throws(CLIError) in try BatchAcceptJob.record(chosen, verdict: .good, note: nil, in: triage) }
        let event = JournalEvent(seq: seqs[0], time: "2026-01-01T00:00:00.000Z", reviewer: "bench",
                                 action: .batchVerdict(items: ids, verdict: .good, note: nil))
        _ = try timed("ledger apply alone") { var ledger = CurationLedger(); ledger.apply(event); return ledger }
        let replayed = try timed("reopen + replay journal") { () throws(CLIError) -> CurationLedger in
            let journal = VerdictJournal.existing(in: session.stateDirectory(ofDataset: 0))
            return CurationLedger(replaying: journal?.readNew() ?? [])
        }
        guard ids.allSatisfy({ replayed.verdict(for: $0)?.verdict == .good }) else { throw .unreadable("bench: replay lost verdicts") }
        try timed("undo (record)") { () throws(CLIError) in _ = try record(.undo(target: event.seq), session) }
        guard ids.allSatisfy({ session.ledgers[0].verdict(for: $0) == nil }) else { throw .unreadable("bench: undo left verdicts") }
        return phases
    }

    private static func record(_ action: JournalAction, _ session: CurationSession) throws(CLIError) -> [JournalEvent] {
        do { return try session.record(action, inDataset: 0) } catch { throw .unreadable(error.description) }
    }

    /// Manifest entries only: without labels every item is in the low tier.
    private static func writeDataset(count: Int, into folder: URL) throws(CLIError) -> URL {
        let root = folder.appendingPathComponent("screens")
        var manifest = ""
        manifest.reserveCapacity(count * 120)
        for index in 0..<count {
            let id = String(format: "%016x", 0xacce_0000 + index)
            manifest += #"{"image_id":"\#(id)","image":"images/\#(id).png","width":1280,"height":800}"# + "\n"
        }
        do {
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            try Data(manifest.utf8).write(to: root.appendingPathComponent("manifest.jsonl"))
        } catch {
            throw .unreadable("cannot write the bench dataset: \(error)")
        }
        return root
    }
}
