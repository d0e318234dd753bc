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
        var model = "file,entry_mm,transition_mm,exit_mm,confidence\n"
        let lines = try runs.enumerated().map { index, spec in
            let samples = DrillRunSimulator(spec: spec).samples()
            let bytes = SetitecSampleWriter(spec: spec, samples: samples).bytes()
            try bytes.write(to: folder.appendingPathComponent(spec.fileName))
            let truth = DrillRunSimulator.truth(of: samples, in: spec.stack)
            model += Self.modelRow(spec.fileName, truth: truth, index: index)
            let said = truth.map { "\($0.event) \(String(format: "%.2f", $0.positionMM)) mm (sample \($0.sample))" }.joined(separator: ", ")
            return "\(spec.fileName): v\(spec.firmware.version), \(samples.count) samples, \(bytes.count) bytes; truth: \(said)"
        }
        try files.createDirectory(at: folder.appendingPathComponent("predictions"), withIntermediateDirectories: true)
        try Data(model.utf8).write(to: folder.appendingPathComponent(Self.modelPath))
        return lines
    }

    /// A simulated trained model's placements (`--predictions`), beside the runs.
    static let modelPath = "predictions/model.csv"

    /// The truth moved by a few hundredths of a millimetre, except that the model puts the third
    /// run's transition 1.8 mm deep and the last run's exit half a millimetre early.
    private static func modelRow(_ file: String, truth: [(event: String, sample: Int, positionMM: Double)], index: Int) -> String {
        let mm = { (event: String, offset: Double) in truth.first { $0.event == event }.map { String(format: "%.3f", $0.positionMM + offset) } ?? "" }
        let wobble = Double(index % 3 - 1) * 0.04
        let transition = index == 2 ? 1.8 : -wobble, exit = index == 6 ? -0.5 : wobble
        return "\(file),\(mm("entry", wobble)),\(mm("transition", transition)),\(mm("exit", exit)),0.\(80 + index)\n"
    }
}
