import WinnowApp
import Foundation
import WinnowCanvas
import WinnowCore
import WinnowUI

/// `winnow-bench --signals [DIR]`: the drilling budgets of DESIGN.md section 9 — loading every
/// Setitec file of DIR (next to a plain Python reader of the same files, when python3 is there),
/// and the pan/zoom frame on a 1M-sample run through the real reducer and renderer.
enum SignalBench {
    static func run(folder: String?, size: TerminalSize, json: Bool) throws(CLIError) -> ExitCode {
        var object = JSONObject()
        if let folder {
            let (seconds, runs) = try load(folder)
            object["load_files"] = JSONValue(runs)
            object["load_ms"] = JSONValue(seconds * 1000)
            if let python = PythonSetitecReader.seconds(folder: folder) {
                object["python_load_ms"] = JSONValue(python * 1000)
                object["python_over_winnow"] = JSONValue(python / seconds)
            }
        }
        let frames = panZoomFrames(samples: 1_000_000, size: size)
        object["frame_samples"] = JSONValue(1_000_000)
        object["frame_p50_ms"] = JSONValue(BenchResult.percentile(frames, 0.5) * 1000)
        object["frame_p99_ms"] = JSONValue(BenchResult.percentile(frames, 0.99) * 1000)
        object["frames"] = JSONValue(frames.count)
        if json {
            JSONOutput.print(.object(object))
        } else {
            printText(object, size: size)
        }
        return .ok
    }

    private static func load(_ folder: String) throws(CLIError) -> (Double, Int) {
        let start = DispatchTime.now().uptimeNanoseconds
        let workspace: Workspace
        do { workspace = try WorkspaceLoader.load(path: folder, options: ReadOptions(format: .signals)) } catch { throw .unreadable(error.message) }
        return (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, workspace.items.count)
    }

    /// Zoom in step by step, pan across, zoom out: seconds per key until the new frame is rendered and diffed.
    private static func panZoomFrames(samples: Int, size: TerminalSize) -> [Double] {
        var state = SyntheticRun.state(samples: samples, size: size)
        let theme = Theme(name: "bench")
        var previous = Renderer.render(state, theme: theme)
        let keys = Array(repeating: "+", count: 8) + Array(repeating: "]", count: 12) + Array(repeating: "[", count: 12)
            + Array(repeating: "-", count: 8) + Array(repeating: "l", count: 20) + ["m", "m"]
        var times: [Double] = []
        for key in keys {
            let start = DispatchTime.now().uptimeNanoseconds
            _ = AppReducer.reduce(&state, .key(.char(Character(key))))
            let frame = Renderer.render(state, theme: theme)
            _ = frame.diff(from: previous)
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            previous = frame
        }
        return times
    }

    private static func printText(_ o: JSONObject, size: TerminalSize) {
        if let load = o["load_ms"]?.doubleValue {
            let files = o["load_files"]?.intValue ?? 0
            var line = String(format: "load %d Setitec files: %.0f ms (budget <= 2000 ms)", files, load)
            if let python = o["python_load_ms"]?.doubleValue {
                line += String(format: "; plain Python reader: %.0f ms (%.1fx slower)", python, python / load)
            }
            print(line)
        }
        print(String(format: "pan/zoom frame, 1M samples, %dx%d: p50 %.2f ms, p99 %.2f ms over %d keys (budget <= 5 ms)",
                     size.width, size.height, o["frame_p50_ms"]?.doubleValue ?? 0, o["frame_p99_ms"]?.doubleValue ?? 0,
                     o["frames"]?.intValue ?? 0))
    }
}
