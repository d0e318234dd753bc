import XCTest
@testable import WinnowCanvas

final class ColorQuantizerTests: XCTestCase {
    func testXterm256KnownValues() {
        XCTAssertEqual(ColorQuantizer.xterm256(255, 0, 0), 196)
        XCTAssertEqual(ColorQuantizer.xterm256(255, 255, 255), 231)
        XCTAssertEqual(ColorQuantizer.xterm256(0, 0, 0), 16)
        // (128,128,128): cube's nearest is (135,135,135), distance 147; gray 244 is 128 exactly.
        XCTAssertEqual(ColorQuantizer.xterm256(128, 128, 128), 244)
        XCTAssertEqual(ColorQuantizer.xterm256(95, 135, 175), 67)
        XCTAssertEqual(ColorQuantizer.xterm256(100, 100, 100), 241)  // gray 98 beats cube 95
        XCTAssertEqual(ColorQuantizer.xterm256(238, 238, 238), 255)
        XCTAssertEqual(ColorQuantizer.xterm256(250, 10, 120), 198)   // (255, 0, 135)
    }

    func testEveryCubeAndGrayColorMapsToItself() {
        for index in 16...255 {
            let (r, g, b) = ColorQuantizer.rgb(ofIndexed: UInt8(index))
            XCTAssertEqual(ColorQuantizer.xterm256(r, g, b), UInt8(index), "index \(index)")
        }
    }

    func testRGBOfIndexed() {
        XCTAssertTrue(ColorQuantizer.rgb(ofIndexed: 196) == (255, 0, 0))
        XCTAssertTrue(ColorQuantizer.rgb(ofIndexed: 67) == (95, 135, 175))
        XCTAssertTrue(ColorQuantizer.rgb(ofIndexed: 244) == (128, 128, 128))
        XCTAssertTrue(ColorQuantizer.rgb(ofIndexed: 255) == (238, 238, 238))
        XCTAssertTrue(ColorQuantizer.rgb(ofIndexed: 1) == (205, 0, 0))
        XCTAssertTrue(ColorQuantizer.rgb(ofIndexed: 15) == (255, 255, 255))
    }

    func testANSI16() {
        XCTAssertEqual(ColorQuantizer.ansi16(0, 0, 0), 0)
        XCTAssertEqual(ColorQuantizer.ansi16(200, 0, 0), 1)
        XCTAssertEqual(ColorQuantizer.ansi16(255, 0, 0), 9)
        XCTAssertEqual(ColorQuantizer.ansi16(128, 128, 128), 8)
        XCTAssertEqual(ColorQuantizer.ansi16(255, 255, 255), 15)
        XCTAssertEqual(ColorQuantizer.ansi16(10, 10, 200), 4)
    }
}
