import Foundation
import WinnowApp
import WinnowCore

/// `winnow-bench --open PATH [--state DIR] [--runs K]`: the whole open of a dataset as every command and the
/// workstation begin it: items read and journal replayed (the manifest budget: a 100k-item
/// section-4 manifest with a 1M-event journal within 1 s). Each open is a fresh process that times
/// its own open (its memory not yet grown, as a command's is not), after one that warms the page
/// cache; median and best of K (default 5).
enum OpenBench {
    static func run(path: String, state: URL?, runs: Int, json: Bool) throws(CLIError) -> ExitCode {
        var times: [Double] = []
        var items = 0
        for run in 0...runs {
            let (ms, count) = try timed(path: path, state: state)
            items = count
            if run > 0 { times.append(ms) }
        }
        times.sort()
        let median = times[times.count / 2], best = times[0]
        if json {
            JSONOutput.print(.object(JSONObject([("path", JSONValue(path)), ("items", JSONValue(items)),
                                                 ("open_ms", JSONValue(median)), ("open_best_ms", JSONValue(best)), ("runs", JSONValue(runs))])))
        } else {
            print(String(format: "open of %@ (%d items, journal replayed), fresh processes: median %.0f ms, best %.0f ms of %d (budget <= 1000 ms)",
                         path, items, median, best, runs))
        }
        return .ok
    }

    /// One open in a fresh process of this bench: milliseconds and items.
    static func timed(path: String, state: URL?) throws(CLIError) -> (ms: Double, items: Int) {
        let bench = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        let output = try BenchProcess.timed(bench, ["--open", path, "--once"] + (state.map { ["--state", $0.path] } ?? [])).output
        guard case .object(let o)? = try? JSONParser.parse(output), let ms = o["open_ms"]?.doubleValue else {
            throw .unreadable("bench: the open of \(path) printed no time")
        }
        return (ms, o["items"]?.intValue ?? 0)
    }

    /// One open in this process, printed as JSON for `run`.
    static func once(path: String, state: URL?) throws(CLIError) -> ExitCode {
        var session: CurationSession?
        let ms = try JournalBench.milliseconds { () throws(CLIError) in
            session = try CommonOptions.open(path: path, stateOverride: state, reviewer: "bench")
        }
        // Freed after the clock stops, as the command line leaves it to the exit (`LeftForExit`).
        JSONOutput.print(.object(JSONObject([("open_ms", JSONValue(ms)), ("items", JSONValue(session?.workspace.items.count ?? 0))])))
        return .ok
    }
}
