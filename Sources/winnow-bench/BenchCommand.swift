import WinnowApp
import Foundation
import WinnowCanvas
import WinnowCore
import WinnowImaging
import WinnowTerminal
import WinnowUI

/// `winnow-bench`: the DESIGN.md section 9 budgets for the workstation, measured through the real
/// reducer, renderer, thumbnail loader and ncurses (drawing into a file so bytes can be counted).
enum BenchCommand {
    static let usage = """
        winnow-bench: the budgets of DESIGN.md section 9 (build with -c release)

        winnow-bench [--size WxH] [--items N] [--think MS] [--images DIR] [--pairs] [--json]
                                           key to the next item on screen, bytes per item change, chafa on the same PNGs
                                           (--pairs: image pairs of two 1920x1080 JPEGs each, both thumbnails on screen)
        winnow-bench --signals DIR | --signal-frames [--size WxH] [--json]
        winnow-bench --boxes               box mode: key to screen, journal fsync included
        winnow-bench --filter N            the filter language over N items' facts
        winnow-bench --accept N [--json]   batch accept of N items, each phase of the accept job timed
        winnow-bench --journal N [--writers K] [--database URL] [--json]
        winnow-bench --phash N
        winnow-bench --export N [--python PATH] [--json]
        winnow-bench --evaluate N [--runs K] [--python PATH] [--json]
        winnow-bench --calibration N [--seed S]
                                           N simulated drill runs with known events: the reliability table of the tiers
        winnow-bench --coco N [--runs K] [--python PATH] [--json]
                                           a generated COCO file of N images and 10N boxes: open (first and from the index
                                           cache), peak memory, COCO and YOLO exports with a split (no near-duplicate scan), as whole processes against
                                           pycocotools and globox on the same file (with --python, else $WINNOW_CHECK_PYTHON)
        winnow-bench --quick [--python PATH] [--json]
                                           the --coco figures at 6,000 images (past the 5,000 under which every image is decoded), one run each
        winnow-bench --open PATH [--state DIR] [--runs K] [--json]
                                           the whole open of a dataset in process (items read, journal replayed), K times after one
                                           that warms the page cache: median and best from the caches, median of first opens
        winnow-bench generate --kind coco|screens|signals|text --items N --out DIR
                                           writes the data the figures are measured on (screens: a section-4 manifest with an
                                           annotation file per item and 10 journal events per item)
        winnow-bench --text N [--python PATH]
                                           N seed 001 examples as JSONL: first screen, whole read (against Python's json.loads),
                                           duplicate report, summary process, key to frame

        With --export: N images (hard links to a few small PNGs) with 10 boxes each, exported to COCO and YOLO with
        --split 0.8,0.1,0.1, timed phase by phase (plan, documents, write, read back, provenance); the near-duplicate scan
        cold and cached; and, with a Python that has globox (--python, else $WINNOW_CHECK_PYTHON), globox converting
        the train COCO file to YOLO.
        With --evaluate: N images with 10 labels and 10 predictions each; `winnow evaluate` and pycocotools' COCOeval (with
        --python, else $WINNOW_CHECK_PYTHON) timed as whole processes, alternating, K runs (default 3), medians and their ratio;
        and reading the results file as --predictions does, against pycocotools' loadRes.
        With --phash: writes N 1920x1080 PNG screenshots and times their perceptual hash one at a time (decode and box filter apart),
        then as a batch on all cores, cold and from a saved cache; and groups 100k random hashes with 2,000 planted copies.
        With --journal: writes N verdict events (N/10 items, 4 reviewers) to a temporary dataset's journal and times opening it
        (journal parse + ledger replay, and the whole dataset open); then has K (default 4; 0: skip) `winnow verdict --from` processes write N/K lines each
        to one journal at once, checks it holds N whole events with unique, gap-free sequence numbers, and times its replay.
        With --database URL too: the same N events replayed from PostgreSQL, K `verdict --from --journal URL` writers at once,
        and 1,000 single verdicts, each timed to its commit (p50, p99).
        With --signals: times loading every Setitec file of DIR (and a plain Python reader of the same files) and
        the pan/zoom frames of a 1M-sample run (render + diff, through the reducer). Otherwise: Generates (or, with --images, copies the PNG/JPEG files of DIR) 1920x1080 screenshots in a temporary folder and measures, through the real reducer, renderer
        and ncurses (writing to a file), the time from a key to the next item fully on screen and the bytes sent.
        """

    static func run(_ arguments: [String]) throws(CLIError) -> ExitCode {
        if arguments.first == "generate" { return try BenchGenerator.run(Array(arguments.dropFirst())) }
        let args = try ParsedArguments(arguments, valued: ["size", "items", "think", "images", "signals", "accept", "filter", "journal", "writers", "database", "export", "python", "phash", "evaluate", "runs", "text", "calibration", "seed", "coco", "open", "state"],
                                       flags: ["json", "signal-frames", "boxes", "pairs", "quick", "once"], command: "bench")
        let size = try args["size"].map({ text throws(CLIError) in try HeadlessReview.parseSize(text, command: "bench") }) ?? TerminalSize(width: 200, height: 60)
        let python = args["python"] ?? ProcessInfo.processInfo.environment["WINNOW_CHECK_PYTHON"]
        if let export = args["export"] {
            guard let count = Int(export), count > 0 else { throw .usage("--export takes a number of images", command: "bench") }
            return try ExportBench.run(count: count, python: python,
                                       json: args.has("json"))
        }
        if args.has("quick") { return try ScaleBench.run(images: 6_000, runs: 1, python: python, json: args.has("json")) }
        if let coco = args["coco"] {
            guard let count = Int(coco), count > 0 else { throw .usage("--coco takes a number of images", command: "bench") }
            return try ScaleBench.run(images: count, runs: max(1, Int(args["runs"] ?? "") ?? 3), python: python, json: args.has("json"))
        }
        if let open = args["open"] {
            let state = args["state"].map { URL(fileURLWithPath: $0, isDirectory: true) }
            if args.has("once") { return try OpenBench.once(path: open, state: state) }
            return try OpenBench.run(path: open, state: state, runs: max(1, Int(args["runs"] ?? "") ?? 5), json: args.has("json"))
        }
        if let calibration = args["calibration"] {
            guard let count = Int(calibration), count > 0 else { throw .usage("--calibration takes a number of runs", command: "bench") }
            return try CalibrationBench.run(count: count, seed: UInt64(args["seed"] ?? "") ?? 2026)
        }
        if let text = args["text"] {
            guard let count = Int(text), count > 0 else { throw .usage("--text takes a number of examples", command: "bench") }
            return try TextBench.run(count: count, python: python,
                                     json: args.has("json"))
        }
        if let evaluate = args["evaluate"] {
            guard let count = Int(evaluate), count > 0 else { throw .usage("--evaluate takes a number of images", command: "bench") }
            return try EvaluateBench.run(count: count, python: python,
                                         runs: max(1, Int(args["runs"] ?? "") ?? 3), json: args.has("json"))
        }
        if args.has("boxes") { return try BoxBench.run(size: size, presses: 300) }
        if let accept = args["accept"] { return try AcceptBench.run(count: max(1, Int(accept) ?? 100_000), json: args.has("json")) }
        if let events = args["journal"] { return try JournalBench.run(events: events, writers: args["writers"], database: args["database"], json: args.has("json")) }
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
        if args.has("pairs") {
            StandardError.write("bench: writing \(count) pair sessions of two 1920x1080 JPEGs to \(folder.path)")
            dataset = try BenchDataset.writePairs(count: count, into: folder)
        } else if let images = args["images"] {
            dataset = try BenchDataset.link(imagesIn: URL(fileURLWithPath: images), into: folder)
            StandardError.write("bench: \(dataset.images.count) screenshots from \(images)")
        } else {
            StandardError.write("bench: writing \(count) 1920x1080 screenshots to \(folder.path)")
            dataset = try BenchDataset.write(count: count, into: folder)
        }
        let result = try measure(dataset: dataset, size: size, think: think, count: min(count, dataset.images.count))
        let chafa = ChafaComparison.medianSeconds(images: dataset.images.prefix(5), size: size)
        BenchReport.print(result, chafaSeconds: chafa, size: size, think: think, json: args.has("json"),
                          source: args.has("pairs") ? "pairs of two 1920x1080 JPEGs" : args["images"])
        return .ok
    }

    private static func measure(dataset: BenchDataset, size: TerminalSize, think: TimeInterval, count: Int) throws(CLIError) -> BenchResult {
        let start = DispatchTime.now().uptimeNanoseconds
        let session = try CommonOptions.open(path: dataset.root.path, stateOverride: dataset.state, reviewer: "bench")
        StandardError.write("bench: opened \(session.workspace.items.count) items in \(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9) s")
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
        let state = InitialState.build(session, keymap: keymap, size: size, display: DisplayOptions(unicode: true, color: true))
        let store = AppStore(state: state, session: session)
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
