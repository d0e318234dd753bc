import Foundation
import WinnowTestSupport
import XCTest
@testable import WinnowImaging

final class JPEGDecodeTests: XCTestCase {
    private let realJPEG = RealData.webScreensFolder + "/ae719d5181188a447ca01ae586598c9d.jpg"

    func testRealScreenshotDecodesAtItsHeaderSize() throws {
        let header = try JPEGHeaderReader.size(ofFile: realJPEG)
        let image = try ImageDecoder.decode(fileAt: realJPEG)
        XCTAssertEqual([image.width, image.height], [header.width, header.height])
        XCTAssertEqual([image.width, image.height], [736, 736])
        // Opaque: JPEG has no alpha, every pixel comes out with alpha 255.
        XCTAssertTrue(stride(from: 3, to: image.pixels.count, by: 4).allSatisfy { image.pixels[$0] == 255 })
        XCTAssertEqual(image.rgba(x: 0, y: 0), [239, 239, 239, 255])  // light grey page margin
    }

    /// Decision: a JPEG whose data stops early is refused, not shown with libjpeg's grey fill,
    /// so a reviewer learns the file is damaged.
    func testTruncatedJPEGIsRefusedWithoutCrashing() throws {
        let folder = try TemporaryFolder()
        defer { folder.delete() }
        let whole = [UInt8](try Data(contentsOf: URL(fileURLWithPath: realJPEG)))
        for keep in [whole.count / 2, 600, 3] {
            let cut = try folder.write(Array(whole.prefix(keep)), to: "cut-\(keep).jpg")
            XCTAssertThrowsError(try ImageDecoder.decode(fileAt: cut)) { error in
                XCTAssertEqual((error as? ImageDecodeError)?.kind, .corrupt)
                XCTAssertEqual("\(error)", "\(cut): corrupt JPEG: JPEG data is truncated (premature end of file)")
            }
        }
    }

    func testGarbageAfterJPEGSignatureIsRefused() throws {
        let folder = try TemporaryFolder()
        defer { folder.delete() }
        let path = try folder.write([0xFF, 0xD8, 0xFF, 0x00, 0x12, 0x34, 0x56, 0x78, 0x9A], to: "junk.jpg")
        XCTAssertThrowsError(try ImageDecoder.decode(fileAt: path)) { error in
            XCTAssertTrue("\(error)".hasPrefix("\(path): corrupt JPEG: "), "\(error)")
        }
    }

    func testGrayscaleJPEGComesOutAsGrayRGBA() throws {
        // Left half 40, right half 200; 16x8 so each half is whole 8x8 blocks.
        let samples = (0..<8).flatMap { _ in [UInt8](repeating: 40, count: 8) + [UInt8](repeating: 200, count: 8) }
        let bytes = try JPEGEncoder.encode(samples, width: 16, height: 8, as: .gray, quality: 100)
        let image = try ImageDecoder.decode(bytes, path: "gray.jpg")
        XCTAssertEqual([image.width, image.height], [16, 8])
        for (x, expected) in [(2, 40), (13, 200)] {
            let p = image.rgba(x: x, y: 4)
            XCTAssertEqual(try p.element(0), try p.element(1))
            XCTAssertEqual(try p.element(1), try p.element(2))
            XCTAssertEqual(try Int(p.element(0)), expected, accuracy: 2)
            XCTAssertEqual(try p.element(3), 255)
        }
    }

    func testAdobeCMYKJPEGIsConvertedToRGB() throws {
        // Adobe CMYK is stored inverted (255 = no ink). Full magenta + yellow, no cyan or black = red.
        let red: [UInt8] = [255, 0, 0, 255]
        let blackInk: [UInt8] = [255, 255, 255, 0]
        let samples = (0..<8).flatMap { _ in Array([[UInt8]](repeating: red, count: 8).joined())
            + Array([[UInt8]](repeating: blackInk, count: 8).joined()) }
        let bytes = try JPEGEncoder.encode(samples, width: 16, height: 8, as: .adobeCMYK, quality: 100)
        let image = try ImageDecoder.decode(bytes, path: "cmyk.jpg")
        let left = image.rgba(x: 3, y: 3).map(Int.init), right = image.rgba(x: 12, y: 3).map(Int.init)
        for (got, want) in zip(left, [255, 0, 0, 255]) { XCTAssertEqual(got, want, accuracy: 3, "red: \(left)") }
        for (got, want) in zip(right, [0, 0, 0, 255]) { XCTAssertEqual(got, want, accuracy: 3, "black: \(right)") }
    }

    func testRGBJPEGRoundTripIsClose() throws {
        let colors: [[UInt8]] = [[200, 30, 30], [30, 200, 30], [30, 30, 200], [240, 240, 240]]
        // Four 8x8 blocks side by side, one colour each.
        let samples = (0..<8).flatMap { _ in colors.flatMap { Array([[UInt8]](repeating: $0, count: 8).joined()) } }
        let bytes = try JPEGEncoder.encode(samples, width: 32, height: 8, as: .rgb, quality: 100)
        let image = try ImageDecoder.decode(bytes, path: "rgb.jpg")
        for (block, color) in colors.enumerated() {
            let p = image.rgba(x: block * 8 + 4, y: 4)
            for c in 0..<3 { XCTAssertEqual(Int(p[c]), Int(color[c]), accuracy: 12, "block \(block): \(p)") }
        }
    }

    func testAWholeJPEGDecodesAsSmallAsAskedByDCTScalingAndKeepsItsColours() throws {
        // Left half red, right half blue, 64x48.
        let samples = (0..<(64 * 48)).flatMap { i -> [UInt8] in i % 64 < 32 ? [220, 30, 30] : [30, 30, 220] }
        let bytes = try JPEGEncoder.encode(samples, width: 64, height: 48, as: .rgb, quality: 95)
        let sizes = [(8, 6), (9, 6), (17, 6), (40, 30), (64, 48)].map { want -> String in
            let image = try! ImageDecoder.decode(bytes, path: "t.jpg", atLeast: want)
            return "\(image.width)x\(image.height)"
        }
        XCTAssertEqual(sizes, ["8x6", "16x12", "32x24", "64x48", "64x48"], "1/8, 1/4, 1/2 and full size, never smaller than asked")
        let small = try ImageDecoder.decode(bytes, path: "t.jpg", atLeast: (8, 6))
        XCTAssertGreaterThan(Int(small.pixels[(2 * 8 + 1) * 4]), 180, "red on the left")
        XCTAssertGreaterThan(Int(small.pixels[(2 * 8 + 6) * 4 + 2]), 180, "blue on the right")
        XCTAssertEqual(try ImageDecoder.decode(bytes, path: "t.jpg").width, 64)
    }
}
