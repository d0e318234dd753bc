import Foundation
import WinnowTestSupport
import XCTest

/// The exports as training tools read them: `.ci/check_exports.py` runs pycocotools (load and a
/// self-evaluation with AP exactly 1.0), globox and supervision on COCO, YOLO and VOC exports of
/// the samples and of the real screenshots. Needs a Python with those packages in
/// WINNOW_CHECK_PYTHON; `.ci/run` makes one.
final class ExternalCheckerTests: XCTestCase {
    func testPycocotoolsGloboxAndSupervisionAcceptTheExports() throws {
        guard let python = ProcessInfo.processInfo.environment["WINNOW_CHECK_PYTHON"] else {
            throw XCTSkip("set WINNOW_CHECK_PYTHON to a Python with pycocotools, globox and supervision (.ci/run does)")
        }
        let copy = try SampleCopy()
        for id in ExportCommandTests.good {
            XCTAssertEqual(try WinnowProcess.run(["verdict", copy.dataset.path, id, "good"]).status, 0)
        }
        let screens = WinnowProcess.realdata.appendingPathComponent("screens")
        // The real data gets its state elsewhere: nothing is ever written beside it.
        let state = ["--state", copy.root.appendingPathComponent("state").path]
        let sources: [(name: String, path: String, extra: [String])] = [
            ("samples", copy.dataset.path, ["--split", "0.6,0.2,0.2"]),
            ("samples-unsplit", copy.dataset.path, []),
            ("webui", screens.appendingPathComponent("webui_homework").path, state + ["--filter", "kind:screenshot", "--split", "0.7,0.3"]),
            ("mobile", screens.appendingPathComponent("mobile_voc_baithunter").path, state + ["--filter", "kind:screenshot", "--split", "0.7,0.3", "--seed", "1"]),
        ]
        var folders: [String] = []
        for source in sources {
            for format in ["coco", "yolo", "voc"] {
                let out = copy.root.appendingPathComponent("\(source.name)-\(format)").path
                let result = try WinnowProcess.run(["export", source.path, "--format", format, "--out", out] + source.extra)
                XCTAssertEqual(result.status, 0, "\(source.name) \(format): \(result.stderr)")
                folders.append(out)
            }
        }
        let script = WinnowProcess.packageRoot.appendingPathComponent(".ci/check_exports.py").path
        let check = try WinnowProcess.run([script] + folders, executable: URL(fileURLWithPath: python))
        XCTAssertEqual(check.status, 0, check.stdout + check.stderr)
        XCTAssertTrue(check.stdout.contains("all checks passed"), check.stdout)
        let passed = check.stdout.split(separator: "\n").filter { $0.hasPrefix("ok ") }
        XCTAssertGreaterThanOrEqual(passed.count, 60, check.stdout)
        XCTAssertTrue(check.stdout.contains("self-evaluation AP == 1.0"), check.stdout)
    }
}
