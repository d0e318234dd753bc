import Foundation
import WinnowTestSupport
import XCTest

@testable import WinnowCore

final class ImageHeaderTests: XCTestCase {
    private var temp: TemporaryFolder?

    override func tearDown() { temp?.remove() }

    /// The COCO file records every webui screenshot's size (PNG, one progressive JPEG, one VP8X WebP).
    func testWebUIScreenshotSizesMatchTheCOCOFile() throws {
        let coco = try JSONParser.parse([UInt8](Data(contentsOf: RealData.url(RealData.webuiCOCO))))
        let images = try XCTUnwrap(coco["images"]?.arrayValue)
        XCTAssertEqual(images.count, 24)
        var extensions: Set<String> = []
        for image in images {
            let name = try XCTUnwrap(image["file_name"]?.stringValue)
            let width = try XCTUnwrap(image["width"]?.intValue), height = try XCTUnwrap(image["height"]?.intValue)
            guard width > 0, height > 0 else { continue }
            let url = try RealData.url(RealData.webuiImages).appendingPathComponent(name)
            let size = try XCTUnwrap(ImageHeader.size(of: url), name)
            XCTAssertEqual(size.width, width, name)
            XCTAssertEqual(size.height, height, name)
            extensions.insert(url.pathExtension)
        }
        XCTAssertEqual(extensions, ["png", "jpg", "webp"])
    }

    func testKnownWebPAndJPEGSizes() throws {
        let images = try RealData.url(RealData.webuiImages)
        let webp = try XCTUnwrap(ImageHeader.size(of: images.appendingPathComponent("dropdown-longer-list-of-familiar-content.webp")))
        XCTAssertEqual(webp.width, 692)
        XCTAssertEqual(webp.height, 475)
        let jpeg = try XCTUnwrap(ImageHeader.size(of: images.appendingPathComponent("ae719d5181188a447ca01ae586598c9d.jpg")))
        XCTAssertEqual(jpeg.width, 736)
        XCTAssertEqual(jpeg.height, 736)
    }

    func testMobileScreenshotsAre1080x2400() throws {
        let folder = try RealData.url("screens/mobile_voc_baithunter/images")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".png") }
        XCTAssertEqual(names.count, 12)
        for name in names {
            let size = try XCTUnwrap(ImageHeader.size(of: folder.appendingPathComponent(name)), name)
            XCTAssertEqual(size.width, 1080, name)
            XCTAssertEqual(size.height, 2400, name)
        }
    }

    /// Sizes follow PngSuite's naming: sNN files are NNxNN, cd[fhs] are 8x32, 32x8, 8x8, the rest 32x32.
    /// Corrupt files whose header is damaged (signature, IHDR CRC, bit depth, colour type) give nil;
    /// damage after the header (xcsn: IDAT CRC, xdtn: no IDAT) is the decoder's to refuse.
    func testEveryPngSuiteFile() throws {
        let folder = try RealData.url("pngsuite")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".png") }.sorted()
        XCTAssertGreaterThan(names.count, 170)
        let corruptHeaders: Set<String> = [
            "xs1n0g01.png", "xs2n0g01.png", "xs4n0g01.png", "xs7n0g01.png", "xcrn0g04.png", "xlfn0g04.png",
            "xhdn0g08.png", "xc1n0g08.png", "xc9n2c08.png", "xd0n2c08.png", "xd3n2c08.png", "xd9n2c08.png",
        ]
        for name in names {
            let size = ImageHeader.size(of: folder.appendingPathComponent(name))
            if corruptHeaders.contains(name) {
                XCTAssertNil(size, name)
                continue
            }
            let expected = expectedPngSuiteSize(name)
            XCTAssertEqual(size?.width, expected.width, name)
            XCTAssertEqual(size?.height, expected.height, name)
        }
        let basic = names.filter { $0.hasPrefix("basn") }
        XCTAssertEqual(basic.count, 15)
    }

    private func expectedPngSuiteSize(_ name: String) -> (width: Int, height: Int) {
        switch name.prefix(4) {
        case "cdfn": return (8, 32)
        case "cdhn": return (32, 8)
        case "cdsn": return (8, 8)
        case "PngS": return (256, 256)
        default:
            if name.hasPrefix("s"), let n = Int(name.dropFirst().prefix(2)) { return (n, n) }
            return (32, 32)
        }
    }

    /// A JPEG whose frame header lies past a 100 KB APP1 block (an EXIF thumbnail, say) is still sized.
    func testJPEGFrameHeaderAfterLargeAppBlock() throws {
        let jpeg = [UInt8](try Data(contentsOf: RealData.url(RealData.webuiImages).appendingPathComponent("ae719d5181188a447ca01ae586598c9d.jpg")))
        var app1: [UInt8] = [0xFF, 0xE1, 0xFF, 0xFF] + Array(repeating: 0x41, count: 0xFFFF - 2)
        app1 += app1
        let folder = try TemporaryFolder()
        temp = folder
        let url = try folder.write("big-exif.jpg", bytes: Array(jpeg[0..<2]) + app1 + Array(jpeg[2...]))
        let size = try XCTUnwrap(ImageHeader.size(of: url))
        XCTAssertEqual(size.width, 736)
        XCTAssertEqual(size.height, 736)
    }

    /// Lossless and lossy WebP and GIF headers, written byte by byte from their specifications.
    func testWebPLosslessLossyAndGIFHeaders() throws {
        let folder = try TemporaryFolder()
        temp = folder
        let (w, h) = (300, 7000)
        let bits = (w - 1) | (h - 1) << 14
        let vp8l = Array("RIFF".utf8) + [0, 0, 0, 0] + Array("WEBPVP8L".utf8) + [5, 0, 0, 0, 0x2F]
            + [UInt8(bits & 0xFF), UInt8(bits >> 8 & 0xFF), UInt8(bits >> 16 & 0xFF), UInt8(bits >> 24 & 0xFF)]
        let vp8 = Array("RIFF".utf8) + [0, 0, 0, 0] + Array("WEBPVP8 ".utf8) + [10, 0, 0, 0]
            + [0x10, 0x02, 0x00, 0x9D, 0x01, 0x2A, 0x80, 0x02, 0xE0, 0x01]
        let gif = Array("GIF89a".utf8) + [0x40, 0x01, 0xC8, 0x00, 0, 0, 0]
        XCTAssertEqual(ImageHeader.size(of: try folder.write("a.webp", bytes: vp8l))?.width, 300)
        XCTAssertEqual(ImageHeader.size(of: try folder.write("a.webp", bytes: vp8l))?.height, 7000)
        XCTAssertEqual(ImageHeader.size(of: try folder.write("b.webp", bytes: vp8))?.width, 640)
        XCTAssertEqual(ImageHeader.size(of: try folder.write("b.webp", bytes: vp8))?.height, 480)
        XCTAssertEqual(ImageHeader.size(of: try folder.write("c.gif", bytes: gif))?.width, 320)
        XCTAssertEqual(ImageHeader.size(of: try folder.write("c.gif", bytes: gif))?.height, 200)
    }

    func testMissingTruncatedAndNonImageFilesGiveNil() throws {
        let folder = try TemporaryFolder()
        temp = folder
        let png = [UInt8](try Data(contentsOf: RealData.url(RealData.tinyPNG)))
        XCTAssertNil(ImageHeader.size(of: folder.url.appendingPathComponent("nothing.png")))
        XCTAssertNil(ImageHeader.size(of: try folder.write("short.png", bytes: Array(png[0..<20]))))
        XCTAssertNil(ImageHeader.size(of: try folder.write("text.png", text: "not an image at all")))
        XCTAssertNil(ImageHeader.size(of: try folder.write("empty.jpg", bytes: [])))
        XCTAssertNil(ImageHeader.size(of: try folder.write("sos.jpg", bytes: [0xFF, 0xD8, 0xFF, 0xDA, 0x00, 0x02])))
        XCTAssertNil(ImageHeader.size(of: folder.url))
    }
}
