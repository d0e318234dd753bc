import Foundation
import WinnowTestSupport
import XCTest
@testable import WinnowImaging

/// Every valid PngSuite file (1/2/4/8/16-bit, gray, RGB, palette, alpha, tRNS, interlaced,
/// odd sizes, filters, compression levels, ancillary chunks) must decode.
///
/// Pixel values: nearly every PngSuite file carries gAMA 1.0 (linear samples), and libpng's
/// simplified API re-encodes them to sRGB with its 8-bit tables. Expected values below were
/// checked against an independent Python decode of the raw samples followed by the sRGB
/// transfer function (within libpng's table precision). Files without gAMA keep raw samples.
final class PNGSuiteDecodeTests: XCTestCase {
    private func validSuiteFiles() throws -> [String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: RealData.pngSuiteFolder)
        return names.filter { $0.hasSuffix(".png") && !$0.hasPrefix("x") }.sorted()
    }

    func testEveryValidFileDecodesAtItsHeaderSize() throws {
        let names = try validSuiteFiles()
        XCTAssertEqual(names.count, 161, "PngSuite has 161 valid files besides the 14 corrupt ones")
        for name in names {
            let path = RealData.pngSuite(name)
            let header = try PNGHeaderReader.size(ofFile: path)
            do {
                let image = try ImageDecoder.decode(fileAt: path)
                XCTAssertEqual(image.width, header.width, name)
                XCTAssertEqual(image.height, header.height, name)
                XCTAssertEqual(image.pixels.count, header.width * header.height * 4, name)
            } catch {
                XCTFail("\(name) should decode: \(error)")
            }
        }
    }

    func testBasicFilesAre32By32() throws {
        for name in try validSuiteFiles() where name.hasPrefix("basn") || name.hasPrefix("basi") {
            let image = try ImageDecoder.decode(fileAt: RealData.pngSuite(name))
            XCTAssertEqual([image.width, image.height], [32, 32], name)
        }
    }

    func testOddSizesMatchTheirNames() throws {
        // s01..s09 and s32..s40: square images whose side is in the name.
        for side in Array(1...9) + Array(32...40) {
            let depth = side <= 4 ? 1 : side <= 9 ? 2 : 4
            for interlace in ["n", "i"] {
                let name = String(format: "s%02d%@3p%02d.png", side, interlace, depth)
                let image = try ImageDecoder.decode(fileAt: RealData.pngSuite(name))
                XCTAssertEqual([image.width, image.height], [side, side], name)
            }
        }
    }

    func testTrueColor8BitPixels() throws {
        let image = try ImageDecoder.decode(fileAt: RealData.pngSuite("basn2c08.png"))
        XCTAssertEqual(image.rgba(x: 0, y: 0), [255, 255, 255, 255])
        XCTAssertEqual(image.rgba(x: 31, y: 0), [255, 255, 240, 255])  // raw (255,255,224), linear
        XCTAssertEqual(image.rgba(x: 5, y: 7), [255, 255, 90, 255])  // raw (255,255,26)
        XCTAssertEqual(image.rgba(x: 16, y: 16), [248, 255, 255, 255])  // raw (239,255,255)
        XCTAssertEqual(image.rgba(x: 31, y: 31), [0, 0, 0, 255])
    }

    func testOneBitGrayIsBlackOrWhite() throws {
        let image = try ImageDecoder.decode(fileAt: RealData.pngSuite("basn0g01.png"))
        XCTAssertEqual(image.rgba(x: 0, y: 0), [255, 255, 255, 255])
        XCTAssertEqual(image.rgba(x: 31, y: 0), [0, 0, 0, 255])
        XCTAssertEqual(image.rgba(x: 10, y: 20), [255, 255, 255, 255])
        let levels = Set(stride(from: 0, to: image.pixels.count, by: 4).map { image.pixels[$0] })
        XCTAssertEqual(levels, [0, 255])
    }

    func testPalettePixels() throws {
        let image = try ImageDecoder.decode(fileAt: RealData.pngSuite("basn3p08.png"))
        XCTAssertEqual(image.rgba(x: 5, y: 7), [180, 130, 0, 255])  // palette entry (119,58,0)
        XCTAssertEqual(image.rgba(x: 16, y: 16), [21, 255, 21, 255])  // palette entry (1,255,1)
    }

    func testSixteenBitPixels() throws {
        let gray = try ImageDecoder.decode(fileAt: RealData.pngSuite("basn0g16.png"))
        XCTAssertEqual(gray.rgba(x: 0, y: 0), [0, 0, 0, 255])
        XCTAssertEqual(gray.rgba(x: 20, y: 3), [221, 221, 221, 255])  // raw 0.725 linear
        let color = try ImageDecoder.decode(fileAt: RealData.pngSuite("basn2c16.png"))
        XCTAssertEqual(color.rgba(x: 0, y: 0), [255, 255, 0, 255])
        XCTAssertEqual(color.rgba(x: 5, y: 7), [235, 227, 0, 255])
    }

    func testAlphaChannelIsKeptExactly() throws {
        let rgba = try ImageDecoder.decode(fileAt: RealData.pngSuite("basn6a08.png"))
        XCTAssertEqual(try rgba.rgba(x: 0, y: 0).element(3), 0)
        XCTAssertEqual(rgba.rgba(x: 5, y: 7), [255, 240, 50, 41])  // raw (255,223,7,41)
        XCTAssertEqual(try rgba.rgba(x: 16, y: 16).element(3), 131)
        let grayAlpha16 = try ImageDecoder.decode(fileAt: RealData.pngSuite("basn4a16.png"))
        XCTAssertEqual(grayAlpha16.rgba(x: 16, y: 16), [0, 0, 0, 247])
    }

    func testPaletteTransparencyWithoutGammaKeepsRawValues() throws {
        // tm3n3p02 has no gAMA chunk: palette colours and tRNS alpha come through untouched.
        let image = try ImageDecoder.decode(fileAt: RealData.pngSuite("tm3n3p02.png"))
        XCTAssertEqual(image.rgba(x: 0, y: 0), [0, 0, 255, 0])
        XCTAssertEqual(image.rgba(x: 31, y: 31), [0, 0, 255, 255])
    }

    func testTRNSColorKeyBecomesTransparent() throws {
        let image = try ImageDecoder.decode(fileAt: RealData.pngSuite("tbrn2c08.png"))
        XCTAssertEqual(image.rgba(x: 0, y: 0), [255, 255, 255, 0])
        XCTAssertEqual(image.rgba(x: 5, y: 7), [179, 179, 179, 255])
    }

    func testUntaggedFileKeepsRawSamples() throws {
        // f00n2c08 has no gAMA: values equal the raw samples of an independent decode.
        let image = try ImageDecoder.decode(fileAt: RealData.pngSuite("f00n2c08.png"))
        XCTAssertEqual(image.rgba(x: 0, y: 0), [255, 0, 8, 255])
        XCTAssertEqual(image.rgba(x: 5, y: 7), [223, 195, 6, 255])
    }

    func testInterlacedFilesMatchTheirNonInterlacedTwins() throws {
        for kind in ["0g01", "0g02", "0g04", "0g08", "2c08", "3p01", "3p02", "3p04", "3p08", "4a08", "6a08"] {
            let plain = try ImageDecoder.decode(fileAt: RealData.pngSuite("basn\(kind).png"))
            let interlaced = try ImageDecoder.decode(fileAt: RealData.pngSuite("basi\(kind).png"))
            XCTAssertTrue(plain == interlaced, "basi\(kind).png should decode to the same pixels as basn\(kind).png")
        }
    }

    /// libpng's simplified API garbles interlaced 16-bit files when asked for 8-bit output
    /// (pnggroup/libpng#853: half the channels wrong, by up to 214). We decode those through
    /// 16-bit linear and the exact sRGB curve instead. Shown over a background they must match
    /// the plain twin within 8: libpng's own 8-bit path uses coarser tables in dark tones.
    func testInterlacedSixteenBitFilesMatchTheirTwinsOnScreen() throws {
        for kind in ["0g16", "2c16", "4a16", "6a16"] {
            let plain = try ImageDecoder.decode(fileAt: RealData.pngSuite("basn\(kind).png"))
            let interlaced = try ImageDecoder.decode(fileAt: RealData.pngSuite("basi\(kind).png"))
            for background: (UInt8, UInt8, UInt8) in [(0, 0, 0), (255, 255, 255)] {
                let a = plain.areaAveraged(width: 32, height: 32, background: background).pixels
                let b = interlaced.areaAveraged(width: 32, height: 32, background: background).pixels
                let worst = zip(a, b).map { abs(Int($0) - Int($1)) }.max() ?? 0
                XCTAssertLessThanOrEqual(worst, 8, "basi\(kind).png differs from basn\(kind).png by \(worst)")
            }
            let alphaDifference = stride(from: 3, to: plain.pixels.count, by: 4)
                .map { abs(Int(plain.pixels[$0]) - Int(interlaced.pixels[$0])) }.max() ?? 0
            XCTAssertLessThanOrEqual(alphaDifference, 1, kind)
        }
        // Exact sRGB encodings of the raw 16-bit samples (independent decode of basn0g16).
        let gray = try ImageDecoder.decode(fileAt: RealData.pngSuite("basi0g16.png"))
        XCTAssertEqual(gray.rgba(x: 0, y: 0), [0, 0, 0, 255])
        XCTAssertEqual(gray.rgba(x: 5, y: 7), [132, 132, 132, 255])
        XCTAssertEqual(gray.rgba(x: 20, y: 3), [221, 221, 221, 255])
    }

    func testFilterAndCompressionVariantsAgree() throws {
        // Same picture stored with different filters (f0x) or zlib levels (z0x).
        let reference = try ImageDecoder.decode(fileAt: RealData.pngSuite("z00n2c08.png"))
        for level in ["z03", "z06", "z09"] {
            XCTAssertEqual(try ImageDecoder.decode(fileAt: RealData.pngSuite("\(level)n2c08.png")), reference, level)
        }
    }
}
