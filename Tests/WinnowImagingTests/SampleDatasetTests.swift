import Foundation
import WinnowTestSupport
import XCTest
@testable import WinnowImaging

/// The committed sample in SampleDatasets/screens (made by winnow-sample-generator) decodes
/// with the real decoder and carries exactly the problems it promises.
final class SampleDatasetTests: XCTestCase {
    private let folder = RealData.packageRoot.appendingPathComponent("SampleDatasets/screens")

    private func json(_ relative: String) throws -> [String: Any] {
        let data = try Data(contentsOf: folder.appendingPathComponent(relative))
        return try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any], relative)
    }

    private func manifest() throws -> [[String: Any]] {
        let text = try String(contentsOf: folder.appendingPathComponent("manifest.jsonl"), encoding: .utf8)
        return try text.split(separator: "\n").map {
            try XCTUnwrap(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    private func boxes(_ annotationFile: [String: Any]) -> [[String: Any]] {
        annotationFile["annotations"] as? [[String: Any]] ?? []
    }

    func testImagesDecodeAtTheirRecordedSizeAndOneIsMissing() throws {
        var missing: [String] = [], sizeless: [String] = []
        for entry in try manifest() {
            let image = try XCTUnwrap(entry["image"] as? String)
            let path = folder.appendingPathComponent(image).path
            guard FileManager.default.fileExists(atPath: path) else { missing.append(image); continue }
            let decoded = try ImageDecoder.decode(fileAt: path)
            XCTAssertEqual([decoded.width, decoded.height], [1280, 800], image)
            let recorded = [entry["width"] as? Int, entry["height"] as? Int]
            if recorded == [0, 0] { sizeless.append(image) } else { XCTAssertEqual(recorded, [1280, 800], image) }
            XCTAssertEqual(image, "images/\(entry["image_id"] as? String ?? "").png")
        }
        XCTAssertEqual(missing.count, 1, "exactly one manifest entry names a missing image")
        XCTAssertEqual(sizeless.count, 1, "exactly one entry leaves its size to the image header")
    }

    func testConfidencesSpanAllThreeTiersAndClicksAreVerified() throws {
        var tiers = Set<String>()
        var clicks = 0
        for entry in try manifest() {
            for box in boxes(try json(try XCTUnwrap(entry["annotations"] as? String))) {
                let confidence = try XCTUnwrap(box["confidence"] as? Double)
                if box["source"] as? String == "user_click" {
                    clicks += 1
                    XCTAssertEqual(confidence, 1.0)
                    XCTAssertEqual(box["verified"] as? Bool, true)
                    XCTAssertEqual(Array((box["bbox"] as? [Int] ?? []).suffix(2)), [50, 50])
                } else {
                    tiers.insert(confidence > 0.9 ? "high" : confidence > 0.7 ? "medium" : "low")
                }
            }
        }
        XCTAssertEqual(tiers, ["high", "medium", "low"])
        XCTAssertGreaterThanOrEqual(clicks, 3)
    }

    func testPlantedBoxProblemsArePresent() throws {
        var outside = 0, zeroArea = 0, nearDuplicatePairs = 0
        for entry in try manifest() {
            let all = boxes(try json(try XCTUnwrap(entry["annotations"] as? String)))
            let rects = all.map { ($0["category_name"] as? String ?? "", ($0["bbox"] as? [Double]) ?? []) }
            for (_, r) in rects {
                if try r.element(0) < 0 || r.element(1) < 0 || r.element(0) + r.element(2) > 1280 || r.element(1) + r.element(3) > 800 { outside += 1 }
                if try r.element(2) * r.element(3) == 0 { zeroArea += 1 }
            }
            for i in rects.indices {
                for j in rects.indices where j > i && rects[i].0 == rects[j].0 {
                    if try overlap(rects[i].1, rects[j].1) > 0.9 { nearDuplicatePairs += 1 }
                }
            }
        }
        XCTAssertEqual(outside, 1)
        XCTAssertEqual(zeroArea, 1)
        XCTAssertEqual(nearDuplicatePairs, 1)
    }

    func testMetadataCountsMatchTheFiles() throws {
        let metadata = try json("metadata.json")
        let counts = try XCTUnwrap(metadata["counts"] as? [String: Any])
        let entries = try manifest()
        XCTAssertEqual(counts["manifest_entries"] as? Int, entries.count)
        let pngs = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("images").path)
        XCTAssertEqual(counts["images"] as? Int, pngs.count)
        let total = try entries.reduce(0) { $0 + boxes(try json(try XCTUnwrap($1["annotations"] as? String))).count }
        XCTAssertEqual(counts["annotations"] as? Int, total)
        XCTAssertEqual((metadata["deliberate_defects"] as? [Any])?.count, 5)
    }

    private func overlap(_ a: [Double], _ b: [Double]) throws -> Double {
        let ix = try max(0, min(a.element(0) + a.element(2), b.element(0) + b.element(2)) - max(a.element(0), b.element(0)))
        let iy = try max(0, min(a.element(1) + a.element(3), b.element(1) + b.element(3)) - max(a.element(1), b.element(1)))
        let union = try a.element(2) * a.element(3) + b.element(2) * b.element(3) - ix * iy
        return union > 0 ? ix * iy / union : 0
    }
}
