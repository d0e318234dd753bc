import Foundation

/// Locates the shared third-party test data (`../shared/realdata` beside the package root),
/// starting from this file's own path so tests work from any working directory.
enum RealData {
    /// Package root: this file is `<root>/Tests/WinnowImagingTests/RealData.swift`.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let root = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/realdata")

    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    static func pngSuite(_ name: String) -> String { path("pngsuite/\(name)") }

    static let pngSuiteFolder = path("pngsuite")

    static let webScreensFolder = path("screens/webui_homework/images")
}
