import Foundation
import WinnowTestSupport
import XCTest
@testable import WinnowImaging

/// Files that are not PNG or JPEG, or not readable at all, get one plain `<path>: <reason>`.
final class DecodeErrorTests: XCTestCase {
    private func decodeError(_ path: String) -> ImageDecodeError? {
        do {
            _ = try ImageDecoder.decode(fileAt: path)
            return nil
        } catch {
            return error
        }
    }

    func testRealWebPIsUnsupported() {
        let path = RealData.webScreensFolder + "/dropdown-longer-list-of-familiar-content.webp"
        let error = decodeError(path)
        XCTAssertEqual(error?.kind, .unsupportedFormat)
        XCTAssertEqual(error?.description, "\(path): WebP images are not supported (PNG and JPEG are)")
    }

    func testGIFAndBMPAreRecognisedByTheirBytes() throws {
        let folder = try TemporaryFolder()
        defer { folder.delete() }
        // Misleading extensions: the bytes decide.
        let gif = try folder.write(Array("GIF89a".utf8) + [1, 0, 1, 0, 0, 0], to: "looks.png")
        let bmp = try folder.write(Array("BM".utf8) + [UInt8](repeating: 0, count: 30), to: "looks.jpg")
        XCTAssertEqual(decodeError(gif)?.reason, "GIF images are not supported (PNG and JPEG are)")
        XCTAssertEqual(decodeError(bmp)?.reason, "BMP images are not supported (PNG and JPEG are)")
    }

    func testContentWinsOverAMisleadingExtension() throws {
        let folder = try TemporaryFolder()
        defer { folder.delete() }
        let jpeg = [UInt8](try Data(contentsOf: URL(fileURLWithPath:
            RealData.webScreensFolder + "/ae719d5181188a447ca01ae586598c9d.jpg")))
        let png = [UInt8](try Data(contentsOf: URL(fileURLWithPath: RealData.pngSuite("basn2c08.png"))))
        XCTAssertEqual(try ImageDecoder.decode(fileAt: try folder.write(jpeg, to: "really-a-jpeg.png")).width, 736)
        XCTAssertEqual(try ImageDecoder.decode(fileAt: try folder.write(png, to: "really-a-png.jpg")).width, 32)
    }

    func testUnknownBytesAreUnsupported() throws {
        let folder = try TemporaryFolder()
        defer { folder.delete() }
        let path = try folder.write(Array("just some text\n".utf8), to: "notes.dat")
        XCTAssertEqual(decodeError(path)?.description, "\(path): unknown image format (PNG and JPEG are supported)")
        XCTAssertEqual(decodeError(path)?.kind, .unsupportedFormat)
    }

    func testMissingFile() {
        let path = "/nonexistent-winnow-dir/missing.png"
        XCTAssertEqual(decodeError(path)?.description, "\(path): no such file")
        XCTAssertEqual(decodeError(path)?.kind, .unreadable)
    }

    func testDirectoryIsNotAnImage() throws {
        let folder = try TemporaryFolder()
        defer { folder.delete() }
        XCTAssertEqual(decodeError(folder.url.path)?.reason, "is a directory, not an image file")
    }

    func testEmptyFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.delete() }
        let path = try folder.write([], to: "empty.png")
        XCTAssertEqual(decodeError(path)?.description, "\(path): empty file (0 bytes), not an image")
        XCTAssertEqual(decodeError(path)?.kind, .corrupt)
    }

    func testPNGNamedFileWithOnlyASignatureIsTruncated() throws {
        let folder = try TemporaryFolder()
        defer { folder.delete() }
        let path = try folder.write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], to: "sig-only.png")
        XCTAssertEqual(decodeError(path)?.reason, "corrupt PNG: file is truncated (read beyond end of data)")
    }
}
