import Foundation
import XCTest

/// An automation run in a temporary folder: real web-app screenshots copied from
/// `../shared/realdata` (never into the checkout) and a records file the test writes.
final class RecordsRun {
    let root: URL

    /// (name in the run, real screenshot): the same bytes twice under two names, a JPEG, a name with a space.
    static let screenshots = [
        ("shots/login screen.png", "Frame 18.png"),
        ("shots/again/login-copy.png", "Frame 18.png"),
        ("shots/search.png", "Frame 372.png"),
        ("shots/photo.jpg", "ae719d5181188a447ca01ae586598c9d.jpg"),
    ]

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("winnow-ingest-\(UUID().uuidString)")
        let images = WinnowProcess.realdata.appendingPathComponent("screens/webui_homework/images")
        guard FileManager.default.fileExists(atPath: images.path) else { throw XCTSkip("real data not found at \(images.path)") }
        for (name, source) in Self.screenshots {
            let target = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: images.appendingPathComponent(source), to: target)
        }
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    /// Where the records file and the screenshots are.
    var folder: URL { root.appendingPathComponent("run") }
    var records: URL { folder.appendingPathComponent("records.jsonl") }
    var dataset: URL { root.appendingPathComponent("dataset") }

    func writeRecords(_ lines: [String]) throws {
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: records)
    }

    func ingest(_ options: [String] = []) throws -> WinnowProcess.Result {
        try WinnowProcess.run(["ingest", records.path, "--into", dataset.path] + options)
    }

    /// Every file under `folder` by its relative path, to compare runs byte for byte.
    static func files(in folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = walker?.nextObject() as? URL {
            guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
            files[String(url.path.dropFirst(folder.path.count + 1))] = try Data(contentsOf: url)
        }
        return files
    }

    /// One record line; `match` is (template name, confidence, x, y, width, height).
    static func record(_ id: String, _ screenshot: String, type: String = "CLICK", success: Bool = true,
                       match: (String, Double, Int, Int, Int, Int)? = nil, click: (Int, Int)? = nil,
                       states: [String] = ["Login"], timestamp: String? = nil) -> String {
        var fields = ["\"action_id\":\"\(id)\"", "\"action_type\":\"\(type)\"", "\"screenshot_reference\":\"\(screenshot)\""]
        if let (name, confidence, x, y, width, height) = match {
            fields.append("\"match_summary\":{\"image_id\":\"\(name)\",\"confidence\":\(confidence),\"location\":{\"x\":\(x),\"y\":\(y)},"
                          + "\"template_size\":{\"width\":\(width),\"height\":\(height)}}")
        }
        if let (x, y) = click { fields.append("\"clicked_location\":[\(x),\(y)]") }
        fields.append("\"active_states_before\":[" + states.map { "\"\($0)\"" }.joined(separator: ",") + "]")
        fields.append("\"success\":\(success)")
        if let timestamp { fields.append("\"timestamp\":\"\(timestamp)\"") }
        return "{" + fields.joined(separator: ",") + "}"
    }
}
