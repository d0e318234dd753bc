import Foundation

/// A private copy of the bundled sample screenshots, so tests never write into the checkout.
final class SampleCopy {
    let root: URL

    init(_ name: String = "screens") throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("winnow-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        if name == "drilling" {
            try Self.generateDrilling(into: dataset)  // simulated, not stored in git
        } else {
            try FileManager.default.copyItem(at: WinnowProcess.packageRoot.appendingPathComponent("SampleDatasets/\(name)"), to: dataset)
        }
        try? FileManager.default.removeItem(at: dataset.appendingPathComponent(".winnow"))
    }

    var dataset: URL { root.appendingPathComponent("dataset") }

    static func generateDrilling(into folder: URL) throws {
        let process = Process()
        process.executableURL = WinnowProcess.binary.deletingLastPathComponent().appendingPathComponent("winnow-sample-generator")
        process.arguments = ["--drilling", folder.path]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.fileWriteUnknown) }
    }
    var journal: URL { dataset.appendingPathComponent(".winnow/journal.jsonl") }

    func journalLines() -> [String] {
        guard let text = try? String(contentsOf: journal, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").map(String.init)
    }

    deinit { try? FileManager.default.removeItem(at: root) }
}
