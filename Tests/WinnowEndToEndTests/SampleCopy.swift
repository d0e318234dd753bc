import Foundation

/// A private copy of the bundled sample screenshots, so tests never write into the checkout.
final class SampleCopy {
    let root: URL

    init(_ name: String = "screens") throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("winnow-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let source = WinnowProcess.packageRoot.appendingPathComponent("SampleDatasets/\(name)")
        try FileManager.default.copyItem(at: source, to: dataset)
        try? FileManager.default.removeItem(at: dataset.appendingPathComponent(".winnow"))
    }

    var dataset: URL { root.appendingPathComponent("dataset") }
    var journal: URL { dataset.appendingPathComponent(".winnow/journal.jsonl") }

    func journalLines() -> [String] {
        guard let text = try? String(contentsOf: journal, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").map(String.init)
    }

    deinit { try? FileManager.default.removeItem(at: root) }
}
