import Foundation
import WinnowTestSupport
import WinnowSamples

/// A private SampleDatasets/ for the tests: the committed screenshots and the drill runs the
/// generator simulates (they are not stored in git), made once per test run.
enum GeneratedSamples {
    static let root: URL = {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("winnow-samples-\(UUID().uuidString)/SampleDatasets")
        try! FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try! FileManager.default.copyItem(at: RealData.packageRoot.appendingPathComponent("SampleDatasets/screens"), to: root.appendingPathComponent("screens"))
        _ = try! SampleWriter.writeDrilling(to: root.appendingPathComponent("drilling"))
        return root
    }()

    static var drilling: URL { root.appendingPathComponent("drilling") }
}
