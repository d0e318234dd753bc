import Foundation

/// Writes the sample drill runs into a folder. It replaces only the `.xls` files it owns there
/// (`SAMPLE_*.xls`), so regenerating never leaves a stale run behind.
struct DrillingDatasetWriter {
    let folder: URL

    /// Returns one line per file written, for the generator's summary.
    func write(_ runs: [DrillRunSpec]) throws -> [String] {
        let files = FileManager.default
        try files.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in try files.contentsOfDirectory(atPath: folder.path) where name.hasPrefix("SAMPLE_") && name.hasSuffix(".xls") {
            try files.removeItem(at: folder.appendingPathComponent(name))
        }
        return try runs.map { spec in
            let samples = DrillRunSimulator(spec: spec).samples()
            let bytes = SetitecSampleWriter(spec: spec, samples: samples).bytes()
            try bytes.write(to: folder.appendingPathComponent(spec.fileName))
            let truth = DrillRunSimulator.truth(of: samples, in: spec.stack)
                .map { "\($0.event) \(String(format: "%.2f", $0.positionMM)) mm (sample \($0.sample))" }.joined(separator: ", ")
            return "\(spec.fileName): v\(spec.firmware.version), \(samples.count) samples, \(bytes.count) bytes; truth: \(truth)"
        }
    }
}
