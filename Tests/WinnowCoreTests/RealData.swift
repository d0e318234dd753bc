import Foundation
import XCTest

/// Third-party test data in `../shared/realdata` beside the package (read-only, never copied in).
enum RealData {
    /// Tests/WinnowCoreTests/RealData.swift -> package root.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let root = packageRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/realdata").standardizedFileURL

    /// The file or folder at `relative`; skips the test when the real data is not on this machine.
    static func url(_ relative: String) throws -> URL {
        let url = root.appendingPathComponent(relative)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw XCTSkip("real data not found at \(url.path)")
        }
        return url
    }

    static let vocFolder = "screens/mobile_voc_baithunter/voc"
    static let webuiCOCO = "screens/webui_homework/coco_gt_derived.json"
    static let webuiImages = "screens/webui_homework/images"
    static let mobileCOCO = "screens/mobile_voc_baithunter/coco_by_globox.json"
    static let tinyPNG = "pngsuite/basn2c08.png"
}
