import WinnowTestSupport
import XCTest
@testable import WinnowImaging

/// The 14 deliberately broken PngSuite files must be refused, each with a message that names
/// the file and says what is wrong.
final class CorruptPNGTests: XCTestCase {
    private let expectedReasons: [String: String] = [
        "xc1n0g08.png": "Invalid IHDR data",  // color type 1
        "xc9n2c08.png": "Invalid IHDR data",  // color type 9
        "xcrn0g04.png": "PNG file corrupted by ASCII conversion",  // CR added
        "xcsn0g01.png": "IDAT: CRC error",
        "xd0n2c08.png": "Invalid IHDR data",  // bit depth 0
        "xd3n2c08.png": "Invalid IHDR data",  // bit depth 3
        "xd9n2c08.png": "Invalid IHDR data",  // bit depth 99
        "xdtn0g01.png": "IEND: out of place",  // no IDAT
        "xhdn0g08.png": "IHDR: CRC error",
        "xlfn0g04.png": "PNG file corrupted by ASCII conversion",  // LF added
        "xs1n0g01.png": "Not a PNG file",
        "xs2n0g01.png": "Not a PNG file",
        "xs4n0g01.png": "Not a PNG file",
        "xs7n0g01.png": "PNG file corrupted by ASCII conversion",
    ]

    func testAllFourteenCorruptFilesAreRefused() throws {
        let onDisk = try FileManager.default.contentsOfDirectory(atPath: RealData.pngSuiteFolder)
            .filter { $0.hasPrefix("x") && $0.hasSuffix(".png") }
        XCTAssertEqual(Set(onDisk), Set(expectedReasons.keys))
        for (name, reason) in expectedReasons {
            let path = RealData.pngSuite(name)
            XCTAssertThrowsError(try ImageDecoder.decode(fileAt: path), name) { error in
                guard let error = error as? ImageDecodeError else { return XCTFail("\(name): \(error)") }
                XCTAssertEqual(error.kind, .corrupt, name)
                XCTAssertEqual(error.path, path)
                XCTAssertEqual(error.description, "\(path): corrupt PNG: \(reason)")
            }
        }
    }

    func testBadIDATChecksumIsRefusedNotDecoded() {
        // The one corruption that is only visible once the pixel data is read.
        let path = RealData.pngSuite("xcsn0g01.png")
        XCTAssertThrowsError(try ImageDecoder.decode(fileAt: path)) { error in
            XCTAssertTrue("\(error)".hasSuffix("xcsn0g01.png: corrupt PNG: IDAT: CRC error"), "\(error)")
        }
    }

    func testTruncatedPNGIsRefused() throws {
        let folder = try TemporaryFolder()
        defer { folder.delete() }
        let whole = [UInt8](try Data(contentsOf: URL(fileURLWithPath: RealData.pngSuite("basn6a16.png"))))
        let cut = try folder.write(Array(whole.prefix(whole.count / 2)), to: "half.png")
        XCTAssertThrowsError(try ImageDecoder.decode(fileAt: cut)) { error in
            XCTAssertEqual("\(error)", "\(cut): corrupt PNG: file is truncated (read beyond end of data)")
        }
    }
}
