import XCTest

@testable import WinnowCore

/// Cutting a file into shares for all cores gives the same lines, numbered the same, as reading
/// it line by line, however many shares and wherever the cuts fall.
final class LineShareTests: XCTestCase {
    private func lines(_ text: String, shares: Int) -> [String] {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            LineShare.cut(buffer, into: shares).flatMap { share in
                var found: [String] = []
                share.forEachLine(in: buffer) { number, line in found.append("\(number):\(String(decoding: buffer[line], as: UTF8.self))") }
                return found
            }
        }
    }

    private func oneByOne(_ text: String) -> [String] {
        TextLine.split(Array(text.utf8)).map { "\($0.number):\(String(decoding: $0.bytes, as: UTF8.self))" }
    }

    func testEverySplitGivesTheLinesInOrderWithTheirNumbers() {
        let texts = ["", "a", "a\n", "a\r\nbb\r\n\r\nccc", "\n\n\n", "one\ntwo\n\nfour\r\nfive without a break",
                     (1...500).map { "line \($0) " + String(repeating: "x", count: $0 % 37) }.joined(separator: "\n")]
        for text in texts {
            for shares in [1, 2, 3, 7, 64, 1000] {
                XCTAssertEqual(lines(text, shares: shares), oneByOne(text), "\(shares) shares of \(text.prefix(30).debugDescription)")
            }
        }
    }

    func testSharesCoverTheBytesWithoutGapsOrOverlaps() {
        let bytes = Array((1...1000).map { "\($0)\n" }.joined().utf8)
        let shares = bytes.withUnsafeBufferPointer { LineShare.cut($0, into: 8) }
        XCTAssertEqual(shares.count, 8)
        XCTAssertEqual(shares.first?.range.lowerBound, 0)
        XCTAssertEqual(shares.last?.range.upperBound, bytes.count)
        for (a, b) in zip(shares, shares.dropFirst()) {
            XCTAssertEqual(a.range.upperBound, b.range.lowerBound)
            XCTAssertEqual(bytes[a.range.upperBound - 1], 0x0A, "a share ends after a line break")
        }
        XCTAssertEqual(shares.map(\.firstLine).first, 1)
    }
}
