import Foundation
import XCTest

@testable import WinnowCore

final class DatasetDetectorTests: XCTestCase {
    func testRealDataFormats() throws {
        XCTAssertEqual(DatasetDetector.detect(try RealData.url(RealData.vocFolder)), .voc)
        XCTAssertEqual(DatasetDetector.detect(try RealData.url(RealData.webuiCOCO)), .coco)
        XCTAssertEqual(DatasetDetector.detect(try RealData.url(RealData.mobileCOCO)), .coco)
        XCTAssertEqual(DatasetDetector.detect(try RealData.url("screens/webui_homework")), .coco)
        XCTAssertEqual(DatasetDetector.detect(try RealData.url("screens")), .workspace)
    }

    /// A COCO results file is a bare list of detections, not a dataset; other files are nothing.
    func testNonDatasets() throws {
        XCTAssertNil(DatasetDetector.detect(try RealData.url("screens/webui_homework/coco_predictions_derived_results.json")))
        XCTAssertNil(DatasetDetector.detect(try RealData.url("pngsuite")))
        XCTAssertNil(DatasetDetector.detect(try RealData.url(RealData.tinyPNG)))
        XCTAssertNil(DatasetDetector.detect(URL(fileURLWithPath: "/nonexistent/winnow")))
    }
}
