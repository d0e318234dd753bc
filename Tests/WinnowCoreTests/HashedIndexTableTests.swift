import XCTest

@testable import WinnowCore

/// Numbers filed by a hash computed beforehand: found again through their keys, told apart when
/// hashes collide, kept when the table grows.
final class HashedIndexTableTests: XCTestCase {
    func testNumbersAreFoundByHashAndKeyAcrossGrowth() {
        let keys = (0..<5_000).map { "id\($0)" }
        var table = HashedIndexTable()
        for (number, key) in keys.enumerated() {
            XCTAssertNil(table.first(UInt64(bitPattern: Int64(key.hashValue)), where: { keys[$0] == key }))
            table.insert(UInt64(bitPattern: Int64(key.hashValue)), number)
        }
        for (number, key) in keys.enumerated() where number % 97 == 0 {
            XCTAssertEqual(table.first(UInt64(bitPattern: Int64(key.hashValue)), where: { keys[$0] == key }), number)
        }
        XCTAssertNil(table.first(UInt64(bitPattern: Int64("absent".hashValue)), where: { keys[$0] == "absent" }))
    }

    func testEqualHashesAreToldApartByTheirKeys() {
        let keys = ["a", "b", "c"]
        var table = HashedIndexTable(capacity: 2)
        for number in keys.indices { table.insert(42, number) }  // every key under one hash
        for (number, key) in keys.enumerated() {
            XCTAssertEqual(table.first(42, where: { keys[$0] == key }), number)
        }
        XCTAssertNil(table.first(42, where: { _ in false }))
        XCTAssertNil(table.first(43, where: { _ in true }))
    }

    func testPowersOfTwo() {
        XCTAssertEqual([0, 1, 2, 3, 16, 17, 1000].map(\.nextPowerOfTwo), [1, 1, 2, 4, 16, 32, 1024])
    }
}
