import Foundation
import WinnowTestSupport
import XCTest

@testable import WinnowCore

final class FolderListingTests: XCTestCase {
    func testNamesLinksAndAbsences() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for n in 0..<100 { try folder.write("shot-\(n).png", text: "x") }
        try folder.write("é.png", text: "x")
        try FileManager.default.createSymbolicLink(atPath: folder.url.appendingPathComponent("link.png").path, withDestinationPath: "shot-0.png")
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("sub"), withIntermediateDirectories: false)
        let listing = try XCTUnwrap(FolderListing(path: folder.url.path, limit: 1_000))
        func entry(_ name: String) -> FolderListing.Entry {
            var name = name
            return name.withUTF8 { listing.entry(named: $0) }
        }
        XCTAssertEqual((0..<100).map { entry("shot-\($0).png") }, Array(repeating: .present, count: 100))
        XCTAssertEqual(entry("é.png"), .present)
        XCTAssertEqual(entry("link.png"), .link)
        XCTAssertEqual(entry("sub"), .present)
        XCTAssertEqual(["shot-100.png", "shot-1.pn", "", ".", "..", "SHOT-1.png"].map(entry), Array(repeating: .absent, count: 6))
    }

    func testAFullerFolderOrNoneIsNotListed() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for n in 0..<11 { try folder.write("\(n)", text: "") }
        XCTAssertNil(FolderListing(path: folder.url.path, limit: 10))
        XCTAssertNotNil(FolderListing(path: folder.url.path, limit: 11))
        XCTAssertNil(FolderListing(path: folder.url.appendingPathComponent("none").path, limit: 10))
    }
}
