import XCTest
@testable import WinnowCore

final class CRC32Tests: XCTestCase {
    func testKnownCheckValue() {
        XCTAssertEqual(CRC32.hex(Array("123456789".utf8)), "cbf43926")
        XCTAssertEqual(CRC32.checksum([UInt8]()), 0)
    }

    /// The slicing-by-8 path (contiguous bytes) against the byte-at-a-time one (a lazy collection
    /// has no contiguous storage), for every length around the 8-byte steps and a long one.
    func testSlicedAndBytewiseAgree() {
        var generator = SystemRandomNumberGenerator()
        for length in Array(0...40) + [1_000, 65_537] {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            XCTAssertEqual(CRC32.checksum(bytes), CRC32.checksum(bytes.lazy.map { $0 }), "length \(length)")
            if length > 1 {
                XCTAssertEqual(CRC32.checksum(bytes[1...]), CRC32.checksum(bytes.dropFirst().lazy.map { $0 }), "unaligned, length \(length)")
            }
        }
    }
}
