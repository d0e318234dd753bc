import Foundation
import WinnowApp
import WinnowCore

/// `winnow-bench --evaluate N [--python PY]`: the "AP evaluation at least 10x faster than COCOeval"
/// budget. Writes N images with 10 labels and 10 predictions each (a ground-truth COCO file and a
/// results file), then times as whole processes, alternating: `winnow evaluate` (the binary beside
/// this one) and pycocotools' COCO + loadRes + evaluate + accumulate + summarize. Also reads the
/// results file in process as `--predictions` does beside a dataset, against pycocotools' loadRes.
enum EvaluateBench {
    static let script = """
    import sys, time, io, contextlib
    from pycocotools.coco import COCO
    from pycocotools.cocoeval import COCOeval
    with contextlib.redirect_stdout(io.StringIO()):
        gt = COCO(sys.argv[1]); start = time.perf_counter(); dt = gt.loadRes(sys.argv[2]); loaded = time.perf_counter() - start
        e = COCOeval(gt, dt, 'bbox'); e.evaluate(); e.accumulate(); e.summarize()
    print(loaded, e.stats[0])
    """

    static func run(count: Int, python: String?, runs: Int, json: Bool) throws(CLIError) -> ExitCode {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("winnow-evaluate-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        StandardError.write("bench: writing \(count) images, \(count * 10) labels and \(count * 10) predictions to \(folder.path)")
        let (truth, results) = try DetectionCase.write(images: count, in: folder)
        var rows: [(String, Double)] = []
        var ours: [Double] = [], theirs: [Double] = [], theirLoad: [Double] = []
        var ourPeak = 0.0
        for _ in 0..<runs {
            ours.append(try BenchProcess.timed(BenchProcess.winnow, ["evaluate", truth.path, "--predictions", results.path, "--json"]).seconds)
            ourPeak = max(ourPeak, childrenPeakMB())  // before any Python run, the peak is winnow's
            if let python {
                let (seconds, output) = try BenchProcess.timed(URL(fileURLWithPath: python), ["-c", script, truth.path, results.path])
                theirs.append(seconds)
                if let load = output.split(separator: " ").first.flatMap({ Double($0) }) { theirLoad.append(load) }
            }
        }
        rows += [("winnow evaluate (process)", median(ours)), ("winnow evaluate peak MB (first run)", ourPeak)]
        if !theirs.isEmpty {
            rows += [("pycocotools COCOeval (process)", median(theirs)), ("pycocotools peak MB", childrenPeakMB()),
                     ("ratio", median(theirs) / median(ours))]
        }
        rows.append(("read results as --predictions", try readPredictions(truth: truth, results: results)))
        if !theirLoad.isEmpty { rows.append(("pycocotools loadRes", median(theirLoad))) }
        print(rows, json: json, images: count)
        return .ok
    }

    /// The results file read beside its COCO dataset, as `--predictions` does (the dataset read itself not counted).
    private static func readPredictions(truth: URL, results: URL) throws(CLIError) -> Double {
        let dataset: Dataset
        do { dataset = try COCOReader.read(truth, options: ReadOptions()) } catch { throw .unreadable(error.message) }
        let start = DispatchTime.now().uptimeNanoseconds
        do { _ = try PredictionLoader.read(PredictionSource(argument: results.path), dataset: dataset) } catch { throw .unreadable(error.message) }
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    private static func print(_ rows: [(String, Double)], json: Bool, images: Int) {
        if json {
            JSONOutput.print(.object(JSONObject([("images", JSONValue(images))]
                + rows.map { ($0.0.replacingOccurrences(of: " ", with: "_"), JSONValue($0.1)) })))
        } else {
            for (name, value) in rows {
                let unit = name == "ratio" ? String(format: "%9.1fx", value) : name.hasSuffix("MB") || name.contains("MB ") ? String(format: "%9.0f", value) : String(format: "%9.2f s", value)
                Swift.print(name.padding(toLength: 36, withPad: " ", startingAt: 0) + unit)
            }
        }
    }

    /// The largest resident size of any child waited for so far.
    private static func childrenPeakMB() -> Double { Double(SystemCalls.childrenPeakResidentBytes) / 1_048_576 }

    private static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
    }
}
