import Foundation
import WinnowApp

/// `winnow-bench --coco N`: issue 16's figures on a generated COCO file of N images and 10N boxes,
/// every one a whole `winnow` process beside the tool users would otherwise run on the same file in
/// the same run (pycocotools, globox; with a Python that has them), alternating, medians of K runs.
enum ScaleBench {
    static let pycocotools = "import sys\nfrom pycocotools.coco import COCO\nCOCO(sys.argv[1])"

    static func run(images: Int, runs: Int, python: String?, json: Bool) throws(CLIError) -> ExitCode {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("winnow-scale-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        StandardError.write("bench: writing \(images) images and \(images * COCOBenchFile.boxesPerImage) boxes to \(folder.path)")
        let file = try BenchGenerator.generate(.coco, items: images, in: folder.appendingPathComponent("coco"))
        BenchFigure.print(try figures(file: file, work: folder, runs: runs, python: python), json: json)
        return .ok
    }

    static func figures(file: URL, work: URL, runs: Int, python: String?) throws(CLIError) -> [BenchFigure] {
        let state = work.appendingPathComponent("state")
        let open = ["summary", file.path, "--json", "--state", state.path]
        let pycoco = python.map { process($0, ["-c", pycocotools, file.path]) }
        let (first, peer) = try alternating(runs, process(BenchProcess.winnow.path, open, cleaning: state), pycoco)
        let second = try alternating(runs, process(BenchProcess.winnow.path, open), nil).0
        let (cold, warm) = try alternating(runs, inProcessOpen(file, state, cleaning: true), inProcessOpen(file, state, cleaning: false))
        var figures = [
            BenchFigure(name: "coco_open", value: first.seconds, unit: "s", budget: peer.map { $0.seconds * 0.5 },
                        peer: peer.map { _ in "pycocotools COCO()" }, peerValue: peer?.seconds),
            BenchFigure(name: "coco_open_peak_memory", value: first.peakMB, unit: "MB", budget: 400,
                        peer: peer.map { _ in "pycocotools COCO()" }, peerValue: peer?.peakMB),
            BenchFigure(name: "coco_open_in_process", value: cold.seconds, unit: "s"),
            BenchFigure(name: "coco_second_open", value: warm?.seconds ?? 0, unit: "s", budget: cold.seconds * 0.1),
            BenchFigure(name: "coco_second_summary", value: second.seconds, unit: "s",
                        peer: peer.map { _ in "pycocotools COCO()" }, peerValue: peer?.seconds),
        ]
        figures += try exports(file: file, work: work, runs: runs, python: python)
        return figures
    }

    private static func exports(file: URL, work: URL, runs: Int, python: String?) throws(CLIError) -> [BenchFigure] {
        let state = work.appendingPathComponent("state")
        func export(_ format: String) -> Measure {
            let out = work.appendingPathComponent("export-\(format)")
            return process(BenchProcess.winnow.path, ["export", file.path, "--format", format, "--filter", "kind:screenshot",
                                                      "--split", "0.8,0.1,0.1", "--no-near-duplicates", "--out", out.path, "--state", state.path], cleaning: out)
        }
        let globoxOut = work.appendingPathComponent("globox")
        let globoxRun = python.map { process($0, ["-c", GloboxConversion.script, file.path, globoxOut.path], cleaning: globoxOut) }
        let coco = try alternating(runs, export("coco"), nil).0
        let (yolo, globox) = try alternating(runs, export("yolo"), globoxRun)
        return [
            BenchFigure(name: "coco_export_split", value: coco.seconds, unit: "s", budget: 3),
            BenchFigure(name: "coco_export_peak_memory", value: coco.peakMB, unit: "MB", budget: 600),
            BenchFigure(name: "yolo_export_split", value: yolo.seconds, unit: "s", budget: globox.map { $0.seconds / 5 },
                        peer: globox.map { _ in "globox convert" }, peerValue: globox?.seconds),
            BenchFigure(name: "yolo_export_peak_memory", value: yolo.peakMB, unit: "MB", budget: 600),
        ]
    }

    /// A measure of one run of `executable`, after removing `cleaning` (the folder it writes).
    static func process(_ executable: String, _ arguments: [String], cleaning: URL? = nil) -> Measure {
        let url = URL(fileURLWithPath: executable)
        return { () throws(CLIError) -> (seconds: Double, peakMB: Double) in
            if let cleaning { try? FileManager.default.removeItem(at: cleaning) }
            return try BenchProcess.measured(url, arguments)
        }
    }

    /// The open alone (`--open --once`: items read and journal replayed, in a fresh process),
    /// from the JSON (no index cache: `cleaning` the state folder first) or from its index cache.
    private static func inProcessOpen(_ file: URL, _ state: URL, cleaning: Bool) -> Measure {
        { () throws(CLIError) in
            if cleaning { try? FileManager.default.removeItem(at: state) }
            return (try OpenBench.timed(path: file.path, state: state).ms / 1000, 0)
        }
    }

    typealias Measure = () throws(CLIError) -> (seconds: Double, peakMB: Double)

    /// `a` and `b` run in turn `runs` times (so both see the same machine), the median of each measure.
    static func alternating(_ runs: Int, _ a: Measure, _ b: Measure?) throws(CLIError) -> ((seconds: Double, peakMB: Double), (seconds: Double, peakMB: Double)?) {
        var first: [(seconds: Double, peakMB: Double)] = []
        var second: [(seconds: Double, peakMB: Double)] = []
        for _ in 0..<max(1, runs) {
            first.append(try a())
            if let b { second.append(try b()) }
        }
        return (median(first), second.isEmpty ? nil : median(second))
    }

    private static func median(_ results: [(seconds: Double, peakMB: Double)]) -> (seconds: Double, peakMB: Double) {
        (results.map(\.seconds).sorted()[results.count / 2], results.map(\.peakMB).sorted()[results.count / 2])
    }
}
