import XCTest
@testable import WinnowCore

/// Known-answer vectors from FIPS 180-4 / NIST, plus the padding edge lengths (55, 56, 64 bytes)
/// where the length field does or does not spill into an extra block.
final class SHA256Tests: XCTestCase {
    func testEmptyInput() {
        XCTAssertEqual(SHA256.hex(of: []), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    func testABC() {
        XCTAssertEqual(SHA256.hex(of: Array("abc".utf8)),
                       "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    func testTwoBlockMessage() {
        let message = Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
        XCTAssertEqual(SHA256.hex(of: message), "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    func testOneMillionLetterA() {
        let message = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        XCTAssertEqual(SHA256.hex(of: message), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    func testPaddingBoundaryLengths() {
        let x = UInt8(ascii: "x")
        XCTAssertEqual(SHA256.hex(of: [UInt8](repeating: x, count: 55)),
                       "d5e285683cd4efc02d021a5c62014694958901005d6f71e89e0989fac77e4072")
        XCTAssertEqual(SHA256.hex(of: [UInt8](repeating: x, count: 56)),
                       "04c26261370ee7541549d16dee320c723e3fd14671e66a099afe0a377c16888e")
        XCTAssertEqual(SHA256.hex(of: [UInt8](repeating: x, count: 64)),
                       "7ce100971f64e7001e8fe5a51973ecdfe1ced42befe7ee8d5fd6219506b5393c")
    }

    func testDigestIsThirtyTwoBytesMatchingHex() {
        let digest = SHA256.digest(of: Array("abc".utf8))
        XCTAssertEqual(digest.count, 32)
        XCTAssertEqual(digest.prefix(4), [0xba, 0x78, 0x16, 0xbf])
    }

    /// Many whole blocks read in place and a short tail padded on its own (checked against Python's hashlib).
    func testWholeBlocksThenATail() {
        let message = Array((0..<4).flatMap { _ in (0...255).map(UInt8.init) }) + Array("tail".utf8)
        XCTAssertEqual(SHA256.hex(of: message), "9820fb56061d1595e390950bef6886c9c142dfb76c6b5edcd0f5a4fd15403146")
    }

    /// Bytes handed over in pieces hash as the whole: pieces of 0, 1, 63, 64, 65 bytes and more,
    /// blocks spanning two or three pieces.
    func testPiecesHashAsTheWhole() {
        let message = Array((0..<4).flatMap { _ in (0...255).map(UInt8.init) }) + Array("tail".utf8)
        let whole = SHA256.hex(of: message)
        for cuts in [[0], [1], [63], [64], [65], [1, 2, 3], [0, 0, 64, 128, 129], [30, 60, 90, 500, 1_000], Array(0...message.count)] {
            let bounds = [0] + cuts.filter { $0 <= message.count } + [message.count]
            let pieces = zip(bounds, bounds.dropFirst()).map { Array(message[$0..<$1]) }
            XCTAssertEqual(SHA256.hex { feed in for piece in pieces { piece.withUnsafeBufferPointer(feed) } }, whole, "\(cuts)")
        }
        XCTAssertEqual(SHA256.hex { _ in }, SHA256.hex(of: []))
    }
}
