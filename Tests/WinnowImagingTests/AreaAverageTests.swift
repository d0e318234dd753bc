import WinnowTestSupport
import XCTest
@testable import WinnowImaging

final class AreaAverageTests: XCTestCase {
    private func image(_ width: Int, _ height: Int, _ pixels: [[UInt8]]) -> RGBAImage {
        RGBAImage(width: width, height: height, pixels: Array(pixels.joined()))
    }

    func testFourByTwoToTwoByOneIsTheMeanOfEachTwoByTwoBlock() {
        let source = image(4, 2, [
            [10, 20, 30, 255], [30, 40, 50, 255], [100, 0, 0, 255], [200, 0, 0, 255],
            [50, 60, 70, 255], [70, 80, 90, 255], [0, 100, 0, 255], [0, 0, 100, 255],
        ])
        let thumbnail = source.areaAveraged(width: 2, height: 1, background: (9, 9, 9))
        XCTAssertEqual(thumbnail, RGBImage(width: 2, height: 1, pixels: [40, 50, 60, 75, 25, 25]))
    }

    func testTransparentPixelsShowTheBackground() {
        // Opaque red beside fully transparent: the mean of red and the blue background.
        let source = image(2, 1, [[255, 0, 0, 255], [0, 0, 0, 0]])
        let thumbnail = source.areaAveraged(width: 1, height: 1, background: (0, 0, 255))
        XCTAssertEqual(thumbnail.pixels, [128, 0, 128])  // 127.5 rounds up
    }

    func testHalfAlphaBlendsWithTheBackground() {
        let source = image(1, 1, [[200, 100, 0, 128]])
        XCTAssertEqual(source.areaAveraged(width: 1, height: 1, background: (0, 0, 0)).pixels, [100, 50, 0])
        XCTAssertEqual(source.areaAveraged(width: 1, height: 1, background: (255, 255, 255)).pixels, [227, 177, 127])
    }

    func testUnevenSpansSplitTheSourceExactly() {
        // 5 -> 2: output 0 covers source 0..<2, output 1 covers 2..<5.
        let source = image(5, 1, [0, 10, 20, 30, 40].map { [$0, $0, $0, 255] })
        XCTAssertEqual(source.areaAveraged(width: 2, height: 1, background: (0, 0, 0)).pixels, [5, 5, 5, 30, 30, 30])
    }

    func testEnlargingRepeatsTheNearestPixel() {
        let source = image(2, 1, [[10, 20, 30, 255], [40, 50, 60, 255]])
        let big = source.areaAveraged(width: 4, height: 2, background: (0, 0, 0))
        let row: [UInt8] = [10, 20, 30, 10, 20, 30, 40, 50, 60, 40, 50, 60]
        XCTAssertEqual(big.pixels, row + row)
    }

    func testShrinkingOneAxisWhileEnlargingTheOther() {
        let source = image(4, 1, [[0, 0, 0, 255], [100, 100, 100, 255], [200, 200, 200, 255], [250, 250, 250, 255]])
        let result = source.areaAveraged(width: 2, height: 3, background: (0, 0, 0))
        XCTAssertEqual([result.width, result.height], [2, 3])
        for y in 0..<3 {
            XCTAssertEqual(result.rgb(x: 0, y: y).0, 50)
            XCTAssertEqual(result.rgb(x: 1, y: y).0, 225)
        }
    }

    func testSameSizeDropsAlphaOnly() {
        let pixels: [[UInt8]] = (0..<9).map { (i: Int) -> [UInt8] in
            let n = UInt8(i)
            return [n * 20, n * 25, 255 - n, 255]
        }
        let result = image(3, 3, pixels).areaAveraged(width: 3, height: 3, background: (1, 2, 3))
        XCTAssertEqual(result.pixels, pixels.flatMap { $0.prefix(3) })
    }

    func testScreenshotSizedDownscaleKeepsColumnColours() {
        // 1920 / 160 = 12 source columns per output column; colour depends on x only, so the
        // uneven 1080 -> 110 row spans must not change it.
        let width = 1920, height = 1080
        var pixels = [UInt8](repeating: 255, count: width * height * 4)
        for y in 0..<height {
            for x in 0..<width {
                let i = (y * width + x) * 4
                pixels[i] = UInt8((x / 12) % 256)
                pixels[i + 1] = UInt8((x / 12) % 2 == 0 ? 0 : 240)
                pixels[i + 2] = 7
            }
        }
        let result = RGBAImage(width: width, height: height, pixels: pixels)
            .areaAveraged(width: 160, height: 110, background: (0, 0, 0))
        XCTAssertEqual([result.width, result.height], [160, 110])
        for x in [0, 1, 77, 159] {
            for y in [0, 55, 109] {
                XCTAssertEqual([result.rgb(x: x, y: y).0, result.rgb(x: x, y: y).1, result.rgb(x: x, y: y).2],
                               [UInt8(x), x % 2 == 0 ? 0 : 240, 7])
            }
        }
    }

    func testSpansCoverEverySourcePixelOnce() {
        for (source, target) in [(1080, 110), (941, 60), (7, 7), (5, 3), (1, 1)] {
            let spans = ResampleSpans(source: source, target: target)
            XCTAssertEqual(spans.starts.first, 0)
            XCTAssertEqual(spans.ends.last, source)
            XCTAssertEqual(Array(spans.starts.dropFirst()), Array(spans.ends.dropLast()), "\(source)->\(target)")
            XCTAssertTrue(zip(spans.starts, spans.ends).allSatisfy { $1 - $0 >= source / target }, "\(source)->\(target)")
        }
    }

    func testThumbnailConvenienceDecodesAndShrinks() throws {
        let thumbnail = try ImageDecoder.decodeThumbnail(fileAt: RealData.pngSuite("basn0g01.png"), width: 4, height: 4,
                                                         background: (0, 0, 0))
        XCTAssertEqual([thumbnail.width, thumbnail.height], [4, 4])
        let decoded = try ImageDecoder.decode(fileAt: RealData.pngSuite("basn0g01.png"))
        XCTAssertEqual(thumbnail, decoded.areaAveraged(width: 4, height: 4, background: (0, 0, 0)))
    }
}
