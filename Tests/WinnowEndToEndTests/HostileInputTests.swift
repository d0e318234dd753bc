import Foundation
import WinnowTestSupport
import XCTest

/// Inputs an attack run found stopping or hanging every command: a FIFO where an image should be,
/// values no tool writes (a drill Position of 1e20, a COCO score and box of 1e300). Each is now a
/// reported problem; the command finishes and the rest of the data is there.
final class HostileInputTests: XCTestCase {
    func testAFIFONamedAsAnImageIsReportedNotWaitedFor() throws {
        let copy = try SampleCopy()
        let images = copy.dataset.appendingPathComponent("images")
        let victim = try XCTUnwrap(try FileManager.default.contentsOfDirectory(atPath: images.path).sorted().first)
        try FileManager.default.removeItem(at: images.appendingPathComponent(victim))
        XCTAssertEqual(mkfifo(images.appendingPathComponent(victim).path, 0o644), 0)
        let annotations = copy.dataset.appendingPathComponent("annotations")
        let label = try XCTUnwrap(try FileManager.default.contentsOfDirectory(atPath: annotations.path).sorted().last)
        try FileManager.default.removeItem(at: annotations.appendingPathComponent(label))
        XCTAssertEqual(mkfifo(annotations.appendingPathComponent(label).path, 0o644), 0)
        // `timeout` turns a hang into a failure (status 124) instead of a test that never ends.
        let validate = try WinnowProcess.shell("timeout 60 '\(WinnowProcess.binary.path)' validate '\(copy.dataset.path)' --state '\(copy.root.path)/st'")
        XCTAssertEqual(validate.status, 1, validate.stderr)
        XCTAssertTrue(validate.stdout.contains("is not a regular file"), validate.stdout)
        XCTAssertTrue(validate.stdout.contains(label), "the annotation FIFO is reported too: \(validate.stdout)")
        let export = try WinnowProcess.shell("timeout 60 '\(WinnowProcess.binary.path)' export '\(copy.dataset.path)' --format coco --filter kind:screenshot "
                                             + "--out '\(copy.root.path)/out' --state '\(copy.root.path)/st'")
        XCTAssertNotEqual(export.status, 124, "export waited on the FIFO")
        let named = copy.root.appendingPathComponent("named.json")
        XCTAssertEqual(mkfifo(named.path, 0o644), 0)
        let summary = try WinnowProcess.shell("timeout 60 '\(WinnowProcess.binary.path)' summary '\(named.path)'")
        XCTAssertEqual(summary.status, 3, "a FIFO named on the command line is refused, not waited on: \(summary.stderr)")
        XCTAssertTrue(summary.stderr.contains("named.json: not a regular file"), summary.stderr)
    }

    func testValuesTooBigForAnIntegerAreProblemsNotCrashes() throws {
        let folder = try TemporaryFolder()
        let coco = try folder.write("coco/huge.json", text: #"""
            {"images": [{"id": 1, "file_name": "a.png", "width": 640, "height": 480}, {"id": 2, "file_name": "b.png", "width": 640, "height": 480}],
             "annotations": [{"id": 1, "image_id": 1, "category_id": 1, "bbox": [1e300, -1e300, 1e300, 1e300], "score": 1e300},
                             {"id": 2, "image_id": 2, "category_id": 1, "bbox": [10, 10, 20, 20], "score": 0.5}],
             "categories": [{"id": 1, "name": "button"}]}
            """#)
        let summary = try WinnowProcess.run(["summary", coco.path, "--json", "--state", folder.path("st")])
        XCTAssertTrue([0, 1].contains(summary.status), summary.stderr)
        XCTAssertTrue(summary.stdout.contains(#""items":2"#), summary.stdout)
        let review = try WinnowProcess.run(["review", coco.path, "--headless", "--keys-string", "<Tab> j <Tab> k", "--state", folder.path("st")])
        XCTAssertEqual(review.status, 0, review.stderr)
        let export = try WinnowProcess.run(["export", coco.path, "--format", "voc", "--filter", "kind:screenshot", "--images", "none",
                                            "--out", folder.path("voc"), "--state", folder.path("st")])
        XCTAssertFalse(export.stderr.contains("Fatal error"), export.stderr)

        let runs = folder.file("runs")
        try FileManager.default.createDirectory(at: runs, withIntermediateDirectories: true)
        for name in ["a.xls", "b.xls"] {
            let source = try RealData.url("setitec/sandbox__examples__data__17070143_17070143_ST_1092_1.xls")
            var bytes = try Data(contentsOf: source)
            if name == "a.xls", let header = bytes.firstRange(of: Data("Position (mm)".utf8)),
               let rowStart = bytes[header.upperBound...].firstIndex(of: 0x0A), let cellEnd = bytes[rowStart...].firstIndex(of: 0x09) {
                bytes.replaceSubrange(rowStart + 1..<cellEnd, with: Data("1e20".utf8))  // the first row's Position
            }
            try bytes.write(to: runs.appendingPathComponent(name))
        }
        let signals = try WinnowProcess.run(["summary", runs.path, "--json", "--state", folder.path("st2")])
        XCTAssertTrue([0, 1].contains(signals.status), signals.stderr)
        XCTAssertTrue(signals.stdout.contains(#""items":2"#), signals.stdout)
        let problems = try WinnowProcess.run(["validate", runs.path, "--state", folder.path("st2")])
        XCTAssertTrue(problems.stdout.contains("beyond ±1e9"), problems.stdout)
    }
}
