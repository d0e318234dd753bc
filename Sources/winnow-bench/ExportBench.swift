import WinnowApp
import Foundation
import WinnowCore
import WinnowImaging

/// `winnow-bench --export N`: the "100k images / 1M boxes to COCO or YOLO with splits (images
/// linked) <= 3 s" budget. N items of 10 boxes each, their images hard links to one small PNG in
/// a temporary folder, are exported in process by the job `winnow export` runs, phase by phase; then
/// globox converts the same COCO file to YOLO, when a Python with globox is given.
enum ExportBench {
    static func run(count: Int, python: String?, json: Bool) throws(CLIError) -> ExitCode {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("winnow-export-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        StandardError.write("bench: linking \(count) images and making \(count * 10) boxes in \(folder.path)")
        let snapshot = try BenchExportData.snapshot(count: count, in: folder)
        var rows: [(String, Double)] = []
        for format in [ExportFormat.coco, .yolo] {
            let phases = try measure(format, snapshot, out: folder.appendingPathComponent("out-\(format.rawValue)"))
            rows += phases.map { ("\(format.rawValue) \($0.0)", $0.1) }
            rows.append(("\(format.rawValue) total", phases.reduce(0) { $0 + $1.1 }))
        }
        let scanned = min(count, 2000)
        let scan = measureScan(snapshot, items: Array(0..<scanned), state: folder.appendingPathComponent("state"))
        rows += [("near-dup scan per image, cold", scan.cold / Double(scanned)), ("near-dup scan per image, cached", scan.warm / Double(scanned))]
        if let python, let globox = GloboxConversion.seconds(python: python, coco: folder.appendingPathComponent("out-coco/annotations/train.json"),
                                                              out: folder.appendingPathComponent("globox-yolo")) {
            rows.append(("globox: train.json to YOLO", globox))
        }
        if json {
            JSONOutput.print(.object(JSONObject([("images", JSONValue(count))] + rows.map { ($0.0.replacingOccurrences(of: " ", with: "_") + "_ms", JSONValue($0.1 * 1000)) })))
        } else {
            for (name, seconds) in rows { print(name.padding(toLength: 34, withPad: " ", startingAt: 0) + String(format: "%11.3f ms", seconds * 1000)) }
        }
        return .ok
    }

    /// Each phase of the export job the command runs, timed from its start to the next one's.
    private static func measure(_ format: ExportFormat, _ snapshot: ReviewSnapshot, out: URL) throws(CLIError) -> [(String, Double)] {
        var options = ExportOptions(format: format)
        options.split = try? SplitRatios(parsing: "0.8,0.1,0.1")
        var job = ImageExportJob(options: options, out: out)
        job.force = true
        job.command = ["bench"]
        let laps = Laps()
        job.onPhase = { phase, _ in laps.start(phase.rawValue) }
        _ = try job.export(snapshot, items: Array(snapshot.items.indices), duplicates: [], journal: [])
        laps.start(nil)
        return laps.phases
    }

    /// The scan decodes every image once (cold), so it is timed on the first items only.
    private static func measureScan(_ snapshot: ReviewSnapshot, items: [Int], state: URL) -> (cold: Double, warm: Double) {
        let seconds = { () -> Double in
            let start = DispatchTime.now().uptimeNanoseconds
            _ = DuplicateScan.groups(snapshot, items: items, state: state)
            return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        }
        return (seconds(), seconds())
    }
}

/// Phase times: each phase lasts until the next one starts.
private final class Laps {
    private(set) var phases: [(String, Double)] = []
    private var current: (name: String, start: UInt64)?

    func start(_ name: String?) {
        let now = DispatchTime.now().uptimeNanoseconds
        if let current { phases.append((current.name, Double(now - current.start) / 1e9)) }
        current = name.map { ($0, now) }
    }
}
