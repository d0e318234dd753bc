import Foundation
import WinnowApp
import WinnowCore

/// `winnow-bench --open PATH [--state DIR] [--runs K]`: the whole open of a dataset as every command and the
/// workstation begin it: items read and journal replayed (the manifest budget: a 100k-item
/// section-4 manifest with a 1M-event journal within 1 s). Each open is a fresh process that times
/// its own open (its memory not yet grown, as a command's is not), after one that warms the page
/// cache and leaves the caches; median and best of K (default 5) opens as they usually are (from
/// the index cache and the journal's checkpoint), each after a first open without them.
enum OpenBench {
    static func run(path: String, state: URL?, runs: Int, json: Bool) throws(CLIError) -> ExitCode {
        var times: [Double] = [], firstTimes: [Double] = []
        var items = 0
        _ = try timed(path: path, state: state)
        for _ in 0..<runs {
            firstTimes.append(try timed(path: path, state: state, first: true).ms)
            let (ms, count) = try timed(path: path, state: state)
            items = count
            times.append(ms)
        }
        times.sort()
        firstTimes.sort()
        let median = times[times.count / 2], best = times[0], first = firstTimes[firstTimes.count / 2]
        if json {
            JSONOutput.print(.object(JSONObject([("path", JSONValue(path)), ("items", JSONValue(items)), ("open_ms", JSONValue(median)),
                                                 ("open_best_ms", JSONValue(best)), ("first_open_ms", JSONValue(first)), ("runs", JSONValue(runs))])))
        } else {
            print(String(format: "open of %@ (%d items, journal replayed), fresh processes: median %.0f ms, best %.0f ms of %d (budget <= 1000 ms); "
                         + "first open, without the index cache or the journal's checkpoint: median %.0f ms", path, items, median, best, runs, first))
        }
        return .ok
    }

    /// One open in a fresh process of this bench: milliseconds and items. `first`: the caches
    /// earlier opens left are removed first.
    static func timed(path: String, state: URL?, first: Bool = false) throws(CLIError) -> (ms: Double, items: Int) {
        let bench = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        if first { caches(path: path, state: state).forEach { try? FileManager.default.removeItem(at: $0) } }
        let output = try BenchProcess.timed(bench, ["--open", path, "--once"] + (state.map { ["--state", $0.path] } ?? [])).output
        guard case .object(let o)? = try? JSONParser.parse(output), let ms = o["open_ms"]?.doubleValue else {
            throw .unreadable("bench: the open of \(path) printed no time")
        }
        return (ms, o["items"]?.intValue ?? 0)
    }

    /// The index cache and the journal's checkpoint of a dataset folder or a COCO file.
    private static func caches(path: String, state: URL?) -> [URL] {
        let url = URL(fileURLWithPath: path)
        var isFolder: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
        let folder = state ?? (isFolder.boolValue ? url.appendingPathComponent(".winnow")
            : url.deletingLastPathComponent().appendingPathComponent(".winnow").appendingPathComponent(url.lastPathComponent))
        return ["index.bin", "ledger.bin"].map { folder.appendingPathComponent($0) }
    }

    /// One open in this process, printed as JSON for `run`. Caches are written on another core,
    /// as the command line writes them, and waited for after the clock stops.
    static func once(path: String, state: URL?) throws(CLIError) -> ExitCode {
        var session: CurationSession?
        var read = ReadOptions()
        read.savesIndexInBackground = true
        let ms = try JournalBench.milliseconds { () throws(CLIError) in
            session = try CommonOptions.open(path: path, read: read, stateOverride: state, reviewer: "bench")
        }
        BackgroundWrites.wait()
        // Freed after the clock stops, as the command line leaves it to the exit (`LeftForExit`).
        JSONOutput.print(.object(JSONObject([("open_ms", JSONValue(ms)), ("items", JSONValue(session?.workspace.items.count ?? 0))])))
        return .ok
    }
}
