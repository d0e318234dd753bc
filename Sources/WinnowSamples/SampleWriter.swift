import Foundation
import WinnowCore

/// The project's own sample data, drawn and simulated from fixed seeds: the same bytes on every
/// run. The screenshots are committed; the drill runs are written on first use, since Setitec
/// files in the repository read as copies of third-party data.
public enum SampleWriter {
    static let screensSeed: UInt64 = 20_241_105

    /// The GUI screens as a screenshot dataset (DESIGN.md section 4); returns a summary line.
    public static func writeScreens(to folder: URL) throws -> String {
        let entries = try screenEntries()
        try DatasetWriter(folder: folder).write(entries, metadata: DatasetMetadata.json(for: entries, seed: screensSeed))
        let detector = detectorOutput(entries)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("predictions"), withIntermediateDirectories: true)
        try Data(detector.json.utf8).write(to: folder.appendingPathComponent(detectorPath))
        let boxes = entries.reduce(0) { $0 + $1.annotations.count }
        return "wrote \(entries.count) manifest entries (\(entries.filter(\.writesImage).count) images, \(boxes) boxes) "
            + "and \(detector.count) detector predictions to \(folder.path)"
    }

    /// Where the simulated detector's output goes, inside the screens folder.
    public static let detectorPath = "predictions/detector.json"

    /// The simulated detector's COCO results (one result per line) and the mistakes planted in them.
    public static func simulatedDetector() throws -> (json: String, mistakes: [DetectorMistake]) {
        let output = detectorOutput(try screenEntries())
        return (output.json, output.mistakes)
    }

    private static func screenEntries() throws -> [DatasetEntry] {
        var planner = AnnotationPlanner(seed: screensSeed)
        var entries: [DatasetEntry] = []
        for (index, screen) in ScreenCatalog.all.enumerated() {
            let painted = PaintedScreen(screen, seed: screensSeed &+ UInt64(index) &* 7919)
            entries.append(try DatasetEntry(painted: painted, annotations: planner.annotations(for: painted), sequence: index))
        }
        return entries
    }

    private static func detectorOutput(_ entries: [DatasetEntry]) -> (json: String, count: Int, mistakes: [DetectorMistake]) {
        var detector = DetectorSimulator()
        detector.detect(entries)
        let lines = detector.results.map { "  " + JSONWriter.string($0) }.joined(separator: ",\n")
        return ("[\n" + lines + "\n]\n", detector.results.count, detector.mistakes)
    }

    /// The drawn image-pair sessions (seed 002's layout); returns a summary line.
    public static func writePairs(to folder: URL) throws -> String {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return "wrote \(try PairSampleWriter.write(to: folder)) pair sessions to \(folder.path)"
    }

    /// The simulated drill runs as Setitec files (DESIGN.md section 5); returns the file names.
    public static func writeDrilling(to folder: URL) throws -> [String] {
        try DrillingDatasetWriter(folder: folder).write(DrillingCatalog.runs)
    }

    /// Writes the drill runs into `folder` unless it holds them already. A new folder is written
    /// beside its place and renamed, so a reader never sees half of it. False when it cannot be written.
    @discardableResult
    public static func ensureDrilling(at folder: URL) -> Bool {
        let manager = FileManager.default
        guard let present = try? manager.contentsOfDirectory(atPath: folder.path) else {
            let staging = folder.deletingLastPathComponent().appendingPathComponent(".\(folder.lastPathComponent)-\(UUID().uuidString)")
            defer { try? manager.removeItem(at: staging) }
            _ = try? writeDrilling(to: staging)
            try? manager.moveItem(at: staging, to: folder)
            return manager.fileExists(atPath: folder.path)  // ours, or another process's that won the rename
        }
        if present.contains(where: { $0.hasSuffix(".xls") }) { return true }
        return (try? writeDrilling(to: folder)) != nil  // a folder holding only review state: fill it in
    }
}
