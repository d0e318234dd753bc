import Foundation
import WinnowCanvas
import WinnowCore
import WinnowImaging
import WinnowTerminal
import WinnowUI

/// `winnow bench`: the DESIGN.md section 9 budgets for the workstation, measured through the real
/// reducer, renderer, thumbnail loader and ncurses (drawing into a file so bytes can be counted).
enum BenchCommand {
    static func run(_ arguments: [String]) throws(CLIError) -> ExitCode {
        let args = try ParsedArguments(arguments, valued: ["size", "items", "think", "images", "signals", "accept", "filter", "journal", "writers", "export", "python", "phash"],
                                       flags: ["json", "signal-frames", "boxes"], command: "bench")
        let size = try args["size"].map(HeadlessReview.parseSize) ?? TerminalSize(width: 200, height: 60)
        if let export = args["export"] {
            guard let count = Int(export), count > 0 else { throw .usage("--export takes a number of images", command: "bench") }
            return try ExportBench.run(count: count, python: args["python"] ?? ProcessInfo.processInfo.environment["WINNOW_CHECK_PYTHON"],
                                       json: args.has("json"))
        }
        if args.has("boxes") { return try BoxBench.run(size: size, presses: 300) }
        if let accept = args["accept"] { return try AcceptBench.run(count: max(1, Int(accept) ?? 100_000), json: args.has("json")) }
        if let events = args["journal"] { return try JournalBench.run(events: events, writers: args["writers"], json: args.has("json")) }
        if let phash = args["phash"] {
            guard let count = Int(phash), count > 0 else { throw .usage("--phash takes a number of images", command: "bench") }
            return try PhashBench.run(images: count)
        }
        if let filter = args["filter"] {
            guard let count = Int(filter), count > 0 else { throw .usage("--filter takes a number of items", command: "bench") }
            return FilterBench.run(items: count)
        }
        if args["signals"] != nil || args.has("signal-frames") {
            return try SignalBench.run(folder: args["signals"], size: size, json: args.has("json"))
        }
        let count = max(3, Int(args["items"] ?? "") ?? 30)
        let think = Double(Int(args["think"] ?? "") ?? 150) / 1000
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("winnow-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let dataset: BenchDataset
        if let images = args["images"] {
            dataset = try BenchDataset.link(imagesIn: URL(fileURLWithPath: images), into: folder)
            StandardError.write("bench: \(dataset.images.count) screenshots from \(images)")
        } else {
            StandardError.write("bench: writing \(count) 1920x1080 screenshots to \(folder.path)")
            dataset = try BenchDataset.write(count: count, into: folder)
        }
        let result = try measure(dataset: dataset, size: size, think: think, count: min(count, dataset.images.count))
        let chafa = ChafaComparison.medianSeconds(images: dataset.images.prefix(5), size: size)
        BenchReport.print(result, chafaSeconds: chafa, size: size, think: think, json: args.has("json"), source: args["images"])
        return .ok
    }

    private static func measure(dataset: BenchDataset, size: TerminalSize, think: TimeInterval, count: Int) throws(CLIError) -> BenchResult {
        let session = try CommonOptions.open(path: dataset.root.path, stateOverride: dataset.state, reviewer: "bench")
        let keymap = try Appearance.keymap(nil)
        let theme = try Appearance.theme("default")
        let output = dataset.root.appendingPathComponent("terminal.out")
        let screen: TerminalScreen
        do {
            let file = TerminalOutput.file(path: output.path, termType: "xterm-256color", width: size.width, height: size.height)
            screen = try TerminalScreen(options: TerminalOptions(output: file))
        } catch {
            throw .unreadable(error.description)
        }
        defer { screen.restore() }
        let state = ReviewCommand.initialState(session, keymap: keymap, size: size, display: DisplayOptions(unicode: true, color: true))
        let store = AppStore(state: state, session: session, decodesInline: false)
        store.dispatch(.resized(size))
        var result = BenchResult()
        result.coldFirstItem = timeUntilShown(store, screen: screen, theme: theme) { }
        for _ in 1..<count {
            Thread.sleep(forTimeInterval: think)
            store.poll(journals: false)
            let before = screen.bytesWritten
            result.keyToScreen.append(timeUntilShown(store, screen: screen, theme: theme) { store.dispatch(.key(.char("j"))) })
            result.bytesPerItem.append(screen.bytesWritten - before)
        }
        return result
    }

    /// Seconds from the key to the frame that shows the item's thumbnail, drawn.
    private static func timeUntilShown(_ store: AppStore, screen: TerminalScreen, theme: Theme, key: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        key()
        while !thumbnailShown(store.state) {
            if !store.poll(journals: false) { usleep(200) }
        }
        screen.draw(Renderer.render(store.state, theme: theme))
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    private static func thumbnailShown(_ state: AppState) -> Bool {
        state.isCurrentImageSettled
    }
}
