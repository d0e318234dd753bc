import Foundation
import WinnowTestSupport

/// Builds a small screenshot dataset (DESIGN section 4) in a temporary folder: tiny real PNGs
/// (PngSuite basn2c08, 32x32), annotation files and a manifest written line by line.
struct ScreenshotDatasetFixture {
    let folder: TemporaryFolder
    private let png: URL
    private var manifest: [UInt8] = []

    init() throws {
        folder = try TemporaryFolder()
        png = try RealData.url(RealData.tinyPNG)
    }

    var root: URL { folder.url }

    func addImage(_ id: String) throws { try folder.copy(png, to: "images/\(id).png") }

    /// An annotation file with the given label objects (JSON text each).
    func addAnnotations(_ id: String, width: Int = 32, height: Int = 32, labels: [String]) throws {
        let text = "{\"image\":\"images/\(id).png\",\"width\":\(width),\"height\":\(height),\"annotations\":[\(labels.joined(separator: ","))],\"context\":{\"window\":\"Login\"}}"
        try folder.write("annotations/\(id).json", text: text)
    }

    /// A complete image: PNG, annotation file and a manifest line.
    mutating func addItem(_ id: String, width: Int = 32, height: Int = 32, labels: [String]) throws {
        try addImage(id)
        try addAnnotations(id, width: width, height: height, labels: labels)
        appendLine(Self.manifestLine(id, width: width, height: height))
    }

    static func manifestLine(_ id: String, width: Int = 32, height: Int = 32, image: String? = nil) -> String {
        "{\"image_id\":\"\(id)\",\"image\":\"\(image ?? "images/\(id).png")\",\"annotations\":\"annotations/\(id).json\",\"width\":\(width),\"height\":\(height),\"action_id\":\"click-\(id)\",\"action_type\":\"CLICK\",\"active_states\":[\"Login\"],\"success\":true,\"timestamp\":\"2024-05-01T10:00:00Z\"}"
    }

    static func label(_ category: String, _ bbox: String, confidence: Double? = 0.95, source: String = "template_matching", verified: Bool = false) -> String {
        let conf = confidence.map { ",\"confidence\":\($0)" } ?? ""
        return "{\"bbox\":\(bbox),\"category_name\":\"\(category)\"\(conf),\"source\":\"\(source)\",\"verified\":\(verified)}"
    }

    mutating func appendLine(_ text: String) { appendLine(bytes: Array(text.utf8)) }

    mutating func appendLine(bytes: [UInt8]) { manifest += bytes + [0x0A] }

    /// Raw bytes with no line break after them (a torn last line).
    mutating func appendRaw(_ text: String) { manifest += Array(text.utf8) }

    func writeManifest() throws { try folder.write("manifest.jsonl", bytes: manifest) }
}
