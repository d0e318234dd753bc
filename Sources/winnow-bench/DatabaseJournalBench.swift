import Foundation
import WinnowApp
import WinnowCore
import WinnowPostgres

/// `winnow-bench --journal N --database URL`: the team journal's budgets on a PostgreSQL server.
/// Opening N events (replayed from the database, against the file journal's 1 s budget); K real
/// `winnow verdict --from --journal URL` processes writing N/K verdicts each at once (events per
/// second, and whether the result is whole and gap-free); one reviewer's single verdicts, each
/// acknowledged after its commit (p50 and p99 milliseconds).
enum DatabaseJournalBench {
    static func run(events: Int, items: [String], writers: Int, database: String, in folder: URL) throws(CLIError) -> JSONValue {
        let stores = try connect(database)
        let tag = UUID().uuidString.prefix(8).lowercased()
        var report = JSONObject()

        let opened = stores.existing(in: folder, dataset: "bench-open-\(tag)") as? PostgresJournalStore
        StandardError.write("bench: importing \(events) events into \(stores.location)")
        do { _ = try opened?.importEvents((0..<events).map { JournalBench.event($0, items: items) }) } catch { throw .unreadable(error.description) }
        let replays = (0..<3).map { _ in replayMilliseconds(stores, dataset: "bench-open-\(tag)", folder: folder) }
        report["replay_ms"] = JSONValue(replays.sorted()[1])

        if writers > 0 {
            let root = folder.appendingPathComponent("bench-writers-\(tag)")
            try JournalBench.writeManifest(items, in: root)
            report["concurrent"] = try concurrentWriters(writers, events: events, items: items, root: root, database: database, stores: stores)
        }
        report["single_verdict_ms"] = try singleVerdicts(stores, dataset: "bench-single-\(tag)", folder: folder, items: items)
        return .object(report)
    }

    private static func connect(_ database: String) throws(CLIError) -> PostgresJournalStores {
        do throws(JournalError) {
            let stores = try PostgresJournalStores(connectionString: database)
            guard stores.isOnline else { throw JournalError.unreachable(stores.location, "no server to bench") }
            return stores
        } catch {
            throw .unreadable(error.description)
        }
    }

    private static func replayMilliseconds(_ stores: PostgresJournalStores, dataset: String, folder: URL) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        var ledger = CurationLedger()
        stores.existing(in: folder, dataset: dataset)?.readNew(into: &ledger)
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        return ledger.events.isEmpty ? 0 : elapsed
    }

    private static func concurrentWriters(_ writers: Int, events: Int, items: [String], root: URL, database: String,
                                          stores: PostgresJournalStores) throws(CLIError) -> JSONValue {
        let perWriter = events / writers
        var processes: [Process] = []
        let seconds = try JournalBench.milliseconds { () throws(CLIError) in
            for writer in 0..<writers {
                let lines = (0..<perWriter).map { "\(items[(writer * perWriter + $0) % items.count]) \(Verdict.allCases[($0 / 5 + writer) % 3].rawValue)" }
                let input = root.appendingPathComponent("verdicts-\(writer).txt")
                do { try lines.joined(separator: "\n").write(to: input, atomically: true, encoding: .utf8) } catch { throw .unreadable("\(input.path): \(error)") }
                let process = Process()
                process.executableURL = BenchProcess.winnow
                process.arguments = ["verdict", root.path, "--from", input.path, "--journal", database, "--reviewer", "writer\(writer)"]
                process.standardError = FileHandle.nullDevice
                do { try process.run() } catch { throw .unreadable("cannot start \(BenchProcess.winnow.path): \(error)") }
                processes.append(process)
            }
            for process in processes { process.waitUntilExit() }
        } / 1000
        let seqs = stores.existing(in: root, dataset: root.lastPathComponent)?.events(after: 0).map(\.seq) ?? []
        return .object(JSONObject([
            ("writers", JSONValue(writers)), ("events", JSONValue(perWriter * writers)), ("seconds", JSONValue(seconds)),
            ("events_per_second", JSONValue(Double(perWriter * writers) / seconds)),
            ("exit_codes", .array(processes.map { JSONValue(Int($0.terminationStatus)) })),
            ("whole_events", JSONValue(seqs.count)), ("seq_unique_gap_free", JSONValue(seqs == Array(1...max(1, seqs.count)))),
        ]))
    }

    /// 1,000 verdicts one at a time, each timed from the call to its acknowledgement (the commit returned).
    private static func singleVerdicts(_ stores: PostgresJournalStores, dataset: String, folder: URL, items: [String]) throws(CLIError) -> JSONValue {
        guard let store = stores.existing(in: folder, dataset: dataset) else { return .null }
        var times: [Double] = []
        for i in 0..<1000 {
            let start = DispatchTime.now().uptimeNanoseconds
            do {
                _ = try store.append([.verdict(item: items[i % items.count], verdict: .good, note: nil, reason: nil)], reviewer: "bench", time: "2026-12-05T00:00:00.000Z")
            } catch {
                throw .unreadable(error.description)
            }
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        times.sort()
        return .object(JSONObject([("p50", JSONValue(times[499])), ("p99", JSONValue(times[989])), ("max", JSONValue(times[999]))]))
    }
}
