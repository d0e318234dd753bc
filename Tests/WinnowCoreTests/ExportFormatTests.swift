import Foundation
import WinnowTestSupport
import XCTest
@testable import WinnowCore

final class ExportFormatTests: XCTestCase {
    func testSplitRatiosParseAndRefuse() throws {
        XCTAssertEqual(try SplitRatios(parsing: "0.7,0.2,0.1").names, ["train", "val", "test"])
        XCTAssertEqual(try SplitRatios(parsing: "0.8, 0.2").names, ["train", "val"])
        for bad in ["0.7", "0.5,0.6", "a,b", "0.5,0.5,0,0", "-0.5,1.5", "0.7,,0.3"] {
            XCTAssertThrowsError(try SplitRatios(parsing: bad), bad)
        }
        let ratios = try SplitRatios(parsing: "0.7,0.2,0.1")
        XCTAssertEqual([0.0, 0.69, 0.7, 0.89, 0.9, 0.999].map(ratios.split(at:)), [0, 0, 1, 1, 2, 2])
    }

    func testStemsAreSanitizedAndCollisionsRenamedDeterministically() throws {
        let paths = ["b/a.png", "a.jpg", "Screenshot (1).png", "x/A.PNG"]
        let stems = ExportStems.assign(paths.map { ($0, $0) })
        XCTAssertEqual(try stems.element(1), "a", "first path in sorted order keeps the stem")
        XCTAssertEqual(try stems.element(2), "Screenshot__1_")
        XCTAssertTrue(try stems.element(0).hasPrefix("a-") && stems.element(0).count == 10, stems.shown(0))
        XCTAssertTrue(try stems.element(3).hasPrefix("A-"), stems.shown(3))
        XCTAssertEqual(Set(stems.map { $0.lowercased() }).count, 4)
        XCTAssertEqual(ExportStems.assign([("x/A.PNG", "x/A.PNG"), ("a.jpg", "a.jpg")]), try [stems.element(3), "a"], "a stem depends on its own key only")
        // Three datasets of a folder, each with images/x.png: the keys (qualified ids) tell them apart.
        let same = ExportStems.assign(["a", "b", "c"].map { (path: "images/x.png", key: "\($0)/x") })
        XCTAssertEqual(try same.element(0), "x")
        XCTAssertEqual(Set(same).count, 3, "\(same)")
        XCTAssertEqual(ExportStems.fileExtension(of: "shots/x.JPG"), "jpg")
        XCTAssertEqual(ExportStems.fileExtension(of: "shots/x.d/"), "d", "a trailing slash: the last named part")
        XCTAssertEqual(["a-b_c.D9", "..", "", "é", "a b", "x/y"].map(ExportStems.sanitized), ["a-b_c.D9", "image", "image", "_", "a_b", "x_y"])
    }

    func testYOLOValuesStayInsideTheImageAtTheEdges() {
        // 1252..1280 of 1280: rounding center and width on their own gives a right edge of 1.0000005.
        let x = YOLOExport.centerAndSize(1252, 1280, 1280)
        XCTAssertLessThanOrEqual(x.center + x.size / 2, 1_000_000)
        XCTAssertEqual(FixedDecimal.six(micros: x.center), "0.989062")
        XCTAssertEqual(FixedDecimal.six(micros: x.size), "0.021874", "an odd sum of edges gives up one millionth")
        let full = YOLOExport.centerAndSize(0, 640, 640)
        XCTAssertEqual([full.center, full.size], [500_000, 1_000_000])
        XCTAssertEqual(FixedDecimal.six(micros: FixedDecimal.micros(1.7)), "1.000000")
        XCTAssertEqual(FixedDecimal.six(micros: FixedDecimal.micros(-0.2)), "0.000000")
        XCTAssertEqual(FixedDecimal.six(micros: FixedDecimal.micros(0.0000125)), "0.000013")
    }

    func testCSVRecordsHandleQuotesLineBreaksAndCRLF() {
        let records = CSVRecords.parse("a,b\r\n\"x, \"\"y\"\"\",\"two\nlines\"\r\n,\n")
        XCTAssertEqual(records, [["a", "b"], ["x, \"y\"", "two\nlines"], ["", ""]])
    }

    func testYAMLNamesAreQuoted() {
        XCTAssertEqual(YAMLText.quoted("yes"), "\"yes\"")
        XCTAssertEqual(YAMLText.quoted("a \"b\"\\\n"), "\"a \\\"b\\\"\\\\\\n\"")
    }

    func testVOCCornersAreWholePixelsAndNeverCollapse() {
        XCTAssertEqual(VOCExport.corners(BoundingBox(x: 10.4, y: 2.6, width: 20.2, height: 5)), [10, 3, 31, 8])
        XCTAssertEqual(VOCExport.corners(BoundingBox(x: 10.1, y: 639.6, width: 0.2, height: 0.4)), [10, 639, 11, 640])
    }

    func testVOCTextIsEscaped() {
        XCTAssertEqual(VOCExport.escaped("a<b>&c\u{1B}"), "a&lt;b&gt;&amp;c")
    }
}
