import Foundation
import WinnowSamples

/// A private copy of a bundled sample dataset (`screens`, or the simulated `drilling` runs),
/// so tests never write into the checkout. Removed when the value goes away.
public final class SampleCopy {
    public let root: URL

    public init(_ name: String = "screens") throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("winnow-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        if name == "drilling" {
            _ = try SampleWriter.writeDrilling(to: dataset)  // simulated, not stored in git
        } else {
            try FileManager.default.copyItem(at: RealData.packageRoot.appendingPathComponent("SampleDatasets/\(name)"), to: dataset)
        }
        try? FileManager.default.removeItem(at: dataset.appendingPathComponent(".winnow"))
    }

    public var dataset: URL { root.appendingPathComponent("dataset") }
    public var journal: URL { dataset.appendingPathComponent(".winnow/journal.jsonl") }

    public func journalLines() -> [String] {
        guard let text = try? String(contentsOf: journal, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").map(String.init)
    }

    deinit { try? FileManager.default.removeItem(at: root) }
}
