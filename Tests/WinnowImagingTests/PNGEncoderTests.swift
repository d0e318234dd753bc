import Foundation
import WinnowTestSupport
import XCTest
@testable import WinnowImaging

final class PNGEncoderTests: XCTestCase {
    /// Every channel value 0...255 appears, alpha included, in a non-square image.
    private func sampleImage() -> RGBAImage {
        let width = 37, height = 11
        let pixels = (0..<width * height * 4).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ $0 / 5) }
        return RGBAImage(width: width, height: height, pixels: pixels)
    }

    func testWriteThenDecodeIsExact() throws {
        let folder = try TemporaryFolder()
        defer { folder.delete() }
        let image = sampleImage()
        let path = folder.path("round-trip.png")
        try PNGEncoder.write(image, to: path)
        XCTAssertEqual(try ImageDecoder.decode(fileAt: path), image)
        XCTAssertEqual(try PNGHeaderReader.size(ofFile: path).width, 37)
    }

    func testEncodedBytesEqualTheWrittenFileAndAreStable() throws {
        let folder = try TemporaryFolder()
        defer { folder.delete() }
        let image = sampleImage()
        let path = folder.path("same.png")
        try PNGEncoder.write(image, to: path)
        let inMemory = try PNGEncoder.encode(image)
        XCTAssertEqual(inMemory, [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
        XCTAssertEqual(try PNGEncoder.encode(image), inMemory, "same pixels must give the same bytes")
        XCTAssertEqual(Array(inMemory.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        XCTAssertEqual(try ImageDecoder.decode(inMemory, path: "memory.png"), image)
    }

    func testWriteIntoMissingFolderFailsWithPath() {
        let path = "/nonexistent-winnow-dir/out.png"
        XCTAssertThrowsError(try PNGEncoder.write(sampleImage(), to: path)) { error in
            XCTAssertTrue("\(error)".hasPrefix("\(path): cannot write PNG"), "\(error)")
        }
    }
}
