import Foundation
import WinnowApp
import WinnowCore
import WinnowSamples

/// `winnow-bench --calibration N [--seed S]`: N simulated drill runs with known events and the real
/// files' quirks, read as `winnow` reads a folder of runs, and the reliability table of their tiers.
enum CalibrationBench {
    static func run(count: Int, seed: UInt64) throws(CLIError) -> ExitCode {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("winnow-calibration-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let runs = CalibrationCatalog.runs(count: count, seed: seed)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for run in runs { try run.bytes.write(to: folder.appendingPathComponent(run.fileName)) }
        } catch {
            throw .unreadable("cannot write the calibration runs: \(error)")
        }
        let start = DispatchTime.now().uptimeNanoseconds
        let workspace = try CommonOptions.workspace(path: folder.path, read: ReadOptions())
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let truth = Dictionary(uniqueKeysWithValues: runs.map { ($0.fileName, $0.truthMM) })
        let outcomes = workspace.items.map { item in
            CalibrationTable.Outcome(tier: item.tier(), labels: item.labels, truthMM: truth[item.id] ?? [:])
        }
        print("\(outcomes.count) simulated runs (seed \(seed)), read and labelled in \(String(format: "%.2f", seconds)) s")
        print(CalibrationTable(outcomes).text)
        return .ok
    }
}
