import XCTest
@testable import WinnowCanvas

final class ChartGeometryTests: XCTestCase {
    let geometry = ChartGeometry(plotX: 4, plotWidth: 5, panels: [], viewport: 0...10)

    func testColumnsOfX() {
        XCTAssertEqual(geometry.dotColumns, 10)
        XCTAssertEqual(geometry.xPerColumn, 1)
        XCTAssertEqual(geometry.column(of: 0), 0)
        XCTAssertEqual(geometry.column(of: 3.99), 3)
        XCTAssertEqual(geometry.column(of: 9.99), 9)
        XCTAssertEqual(geometry.column(of: 10), 9)      // the right edge is in the last column
        XCTAssertEqual(geometry.column(of: 10.5), 10)   // outside: outside the columns
        XCTAssertEqual(geometry.column(of: -0.5), -1)
        XCTAssertEqual(geometry.column(of: -1e300), -1_000_000_000)
    }

    func testXOfColumnIsItsMiddleAndRoundTrips() {
        XCTAssertEqual(geometry.x(atColumn: 3), 3.5)
        XCTAssertEqual(geometry.x(atColumn: -1), -0.5)
        let odd = ChartGeometry(plotX: 0, plotWidth: 113, panels: [], viewport: 0.37...30.5)
        for column in -5..<(odd.dotColumns + 5) { XCTAssertEqual(odd.column(of: odd.x(atColumn: column)), column) }
    }

    func testCellOfColumn() {
        XCTAssertEqual(geometry.cellX(ofColumn: 0), 4)
        XCTAssertEqual(geometry.cellX(ofColumn: 3), 5)
        XCTAssertEqual(geometry.cellX(ofColumn: -1), 3)
        XCTAssertTrue(geometry.contains(column: 9))
        XCTAssertFalse(geometry.contains(column: 10))
    }

    func testNoColumns() {
        let empty = ChartGeometry(plotX: 0, plotWidth: 0, panels: [], viewport: 2...10)
        XCTAssertEqual(empty.column(of: 5), 0)
        XCTAssertEqual(empty.x(atColumn: 5), 2)
        XCTAssertEqual(empty.xPerColumn, 0)
        XCTAssertFalse(empty.contains(column: 0))
    }
}
