import WinnowTestSupport
import XCTest
@testable import WinnowCore

final class NameTableTests: XCTestCase {
    private func number(_ table: inout NameTable, bytesOf name: String) -> Int? {
        var bytes = Array(name.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer in
            table.number(of: UnsafeBufferPointer(buffer)) { name }
        }
    }

    /// Names that share their first 16 bytes, differ only in length, are empty or non-ASCII keep
    /// their own numbers through many rebuilds of the table.
    func testNamesKeepTheirNumbersThroughGrowth() throws {
        var table = NameTable()
        let prefix = "0123456789abcdef"
        let special = ["", "a", prefix, prefix + "x", prefix + "y", prefix + "xy", "é", "e\u{301}"]
        let names = special + (0..<5_000).map { "item-\($0)" }
        for (index, name) in names.enumerated() { XCTAssertEqual(table.number(adding: name), index, name) }
        for (index, name) in names.enumerated() {
            XCTAssertEqual(table.number(of: name), index, name)
            XCTAssertEqual(number(&table, bytesOf: name), index, name)
        }
        XCTAssertEqual(table.count, names.count)
        XCTAssertNil(table.number(of: prefix + "z"))
        XCTAssertEqual(try table.names.element(6), "é")
        XCTAssertEqual(table.number(of: "e\u{301}"), 7, "kept by bytes, as the journal wrote them")
    }

    func testInvalidTextIsNotAdded() {
        var table = NameTable()
        var bytes: [UInt8] = [0xFF, 0xFE]
        let found = bytes.withUnsafeMutableBufferPointer { buffer in
            table.number(of: UnsafeBufferPointer(buffer)) { ByteCursor.text(UnsafeBufferPointer(buffer)) }
        }
        XCTAssertNil(found)
        XCTAssertEqual(table.count, 0)
    }

    func testCanonicalTimesPackAndComeBackByteForByte() {
        for text in ["2026-11-22T05:00:00.000Z", "0000-00-00T00:00:00.000Z", "9999-12-31T23:59:59.999Z"] {
            var bytes = Array(text.utf8)
            let time = bytes.withUnsafeMutableBufferPointer { EventTime(UnsafeBufferPointer($0)) }
            XCTAssertEqual(time?.text, text)
        }
        for text in ["2026-11-22T05:00:00Z", "2026-11-22 05:00:00.000Z", "2026-11-22T05:00:00.00xZ", "yesterday"] {
            var bytes = Array(text.utf8)
            XCTAssertNil(bytes.withUnsafeMutableBufferPointer { EventTime(UnsafeBufferPointer($0)) }, text)
        }
    }
}
