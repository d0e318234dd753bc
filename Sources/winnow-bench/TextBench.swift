import Foundation
import WinnowApp
import WinnowCore
import WinnowTerminal
import WinnowUI

/// `winnow-bench --text N`: the text budgets. Writes N seed 001 examples as JSONL (about 500 bytes
/// each, a tenth of them near-duplicates with another label), then times the workstation's first
/// screen from a preview of the file, reading the whole and building its state (against Python's
/// `json.loads` per line), the duplicate report, and `winnow summary --json` as a whole process.
enum TextBench {
    static func run(count: Int, python: String?, json: Bool) throws(CLIError) -> ExitCode {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("winnow-text-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("examples.jsonl")
        StandardError.write("bench: writing \(count) examples to \(file.path)")
        let bytes = try TextBenchFile.write(count: count, to: file).bytes
        sync()  // the file's pages written back now, not during the timings
        let state = folder.appendingPathComponent("state")
        var rows: [(String, Double)] = [("file MB", Double(bytes) / 1_048_576)]
        let phases = try openPhases(file, state: state)
        rows += [("first screen (preview) s", phases.firstScreen), ("whole read s", phases.read),
                 ("whole state s", phases.state), ("everything indexed s", phases.read + phases.state)]
        if let python {
            let reference = try BenchProcess.timed(URL(fileURLWithPath: python), ["-c", pythonReader, file.path]).seconds
            rows += [("python json lines s", reference), ("indexed / python", (phases.read + phases.state) / reference)]
        }
        let dupStart = DispatchTime.now().uptimeNanoseconds
        let duplicates = TextDuplicates(items: phases.items)
        rows += [("duplicate report s", seconds(since: dupStart)),
                 ("exact groups", Double(duplicates.exact.count)), ("near groups", Double(duplicates.near.count)),
                 ("conflict groups", Double(duplicates.conflicts.count))]
        if count <= 200_000 {  // the report over a million texts takes minutes; its budget is at 100k
            let summary = try BenchProcess.timed(BenchProcess.winnow, ["summary", file.path, "--json", "--state", state.path]).seconds
            rows.append(("winnow summary (process) s", summary))
        }
        let keys = try keyToFrame(file, state: state, output: folder.appendingPathComponent("terminal.out"))
        rows += [("key to frame p50 ms", keys.p50 * 1000), ("key to frame p99 ms", keys.p99 * 1000)]
        for (name, value) in rows {
            print(name.padding(toLength: 30, withPad: " ", startingAt: 0) + String(format: "%12.3f", value))
        }
        return .ok
    }

    /// What a reviewer's script would do instead: every line through `json.loads`, kept in a list.
    private static let pythonReader = "import json, sys\nwith open(sys.argv[1], encoding='utf-8') as f: rows = [json.loads(line) for line in f]\nprint(len(rows))"

    /// The workstation's way in: the first screen from the preview (open, state, one frame), then the
    /// whole file read behind it and its state built, each timed as the workstation runs them.
    private static func openPhases(_ file: URL, state folder: URL) throws(CLIError) -> (firstScreen: Double, read: Double, state: Double, items: [ReviewItem]) {
        let keymap = try Appearance.keymap(nil)
        let theme = try Appearance.theme("default")
        let size = TerminalSize(width: 200, height: 60)
        let start = DispatchTime.now().uptimeNanoseconds
        let session = try CommonOptions.open(path: file.path, read: ReadOptions(previewBytes: 8_000_000), stateOverride: folder, reviewer: "bench")
        let first = InitialState.build(session, keymap: keymap, size: size, display: DisplayOptions(), findDuplicates: false)
        _ = Renderer.render(first, theme: theme)
        let firstScreen = seconds(since: start)
        let readStart = DispatchTime.now().uptimeNanoseconds
        let whole = try CommonOptions.workspace(path: file.path, read: ReadOptions())
        let read = seconds(since: readStart)
        let stateStart = DispatchTime.now().uptimeNanoseconds
        _ = session.replaceWorkspace(whole)
        let built = InitialState.build(session, keymap: keymap, size: size, display: DisplayOptions(), findDuplicates: false)
        return (firstScreen, read, seconds(since: stateStart), built.items)
    }

    /// `j` 300 times through the reducer, renderer and ncurses (drawing into a file), at 200x60.
    private static func keyToFrame(_ file: URL, state folder: URL, output: URL) throws(CLIError) -> (p50: Double, p99: Double) {
        let session = try CommonOptions.open(path: file.path, stateOverride: folder, reviewer: "bench")
        let size = TerminalSize(width: 200, height: 60)
        let screen: TerminalScreen
        do {
            screen = try TerminalScreen(options: TerminalOptions(output: .file(path: output.path, termType: "xterm-256color", width: size.width, height: size.height)))
        } catch {
            throw .unreadable(error.description)
        }
        defer { screen.restore() }
        let theme = try Appearance.theme("default")
        let store = AppStore(state: InitialState.build(session, keymap: try Appearance.keymap(nil), size: size, display: DisplayOptions()), session: session)
        store.dispatch(.resized(size))
        screen.draw(Renderer.render(store.state, theme: theme))
        var times: [Double] = []
        for _ in 0..<300 {
            let start = DispatchTime.now().uptimeNanoseconds
            store.dispatch(.key(.char("j")))
            screen.draw(Renderer.render(store.state, theme: theme))
            times.append(seconds(since: start))
        }
        times.sort()
        return (times[times.count / 2], times[times.count * 99 / 100])
    }

    private static func seconds(since start: UInt64) -> Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }
}
