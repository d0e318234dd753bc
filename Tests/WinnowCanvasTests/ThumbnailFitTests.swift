import XCTest
@testable import WinnowCanvas

final class ThumbnailFitTests: XCTestCase {
    func fit(_ w: Int, _ h: Int, _ columns: Int, _ rows: Int) -> [Int] {
        let size = ThumbnailFit.pixelSize(imageWidth: w, imageHeight: h, columns: columns, rows: rows)
        return [size.width, size.height]
    }

    func testWideScreenshotIsLimitedByWidth() {
        XCTAssertEqual(fit(1920, 1080, 100, 40), [100, 56])   // 1080 * 100 / 1920 = 56.25
    }

    func testTallScreenshotIsLimitedByHeight() {
        XCTAssertEqual(fit(1080, 2400, 100, 40), [36, 80])    // 1080 * 80 / 2400 = 36
    }

    func testSmallImagesGrowAndExtremesKeepOnePixel() {
        XCTAssertEqual(fit(10, 10, 100, 40), [80, 80])
        XCTAssertEqual(fit(10_000, 1, 100, 40), [100, 1])
        XCTAssertEqual(fit(1, 10_000, 100, 40), [1, 80])
    }

    func testEmptyImageOrPaneIsZero() {
        XCTAssertEqual(fit(0, 100, 100, 40), [0, 0])
        XCTAssertEqual(fit(100, 100, 0, 40), [0, 0])
        XCTAssertEqual(fit(100, 100, 10, 0), [0, 0])
    }
}
