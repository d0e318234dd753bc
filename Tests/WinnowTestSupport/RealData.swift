import Foundation
import XCTest

/// Third-party test data in `../shared/realdata` beside the package (read-only, never copied in).
public enum RealData {
    /// Tests/WinnowTestSupport/RealData.swift -> package root.
    public static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static let root = packageRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/realdata").standardizedFileURL

    /// The file or folder at `relative`; skips the test when the real data is not on this machine.
    public static func url(_ relative: String) throws -> URL {
        let url = root.appendingPathComponent(relative)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw XCTSkip("real data not found at \(url.path)")
        }
        return url
    }

    public static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }
    public static func pngSuite(_ name: String) -> String { path("pngsuite/\(name)") }

    public static let pngSuiteFolder = path("pngsuite")
    public static let webScreensFolder = path("screens/webui_homework/images")
    public static let vocFolder = "screens/mobile_voc_baithunter/voc"
    public static let webuiCOCO = "screens/webui_homework/coco_gt_derived.json"
    public static let webuiImages = "screens/webui_homework/images"
    public static let mobileCOCO = "screens/mobile_voc_baithunter/coco_by_globox.json"
    public static let tinyPNG = "pngsuite/basn2c08.png"
}
