import Foundation
import XCTest

@testable import WinnowCore

/// Every recursive reader stops at a depth limit with a message instead of overflowing the stack
/// (50,000 `[` in a data.yaml crashed with SIGSEGV), and VOC XML nested 20,000 deep is refused at
/// once (it took 33 s: every element joined its whole path).
final class NestingLimitTests: XCTestCase {
    func testDeepYAMLFlowCollectionsAreAProblemNotACrash() {
        let document = YAMLParser.parse("names: " + String(repeating: "[", count: 50_000) + "\n")
        XCTAssertEqual(document.problems.map(\.message), ["flow collections nested deeper than 256 levels"])
        let fine = YAMLParser.parse("names: " + String(repeating: "[", count: 200) + "a" + String(repeating: "]", count: 200) + "\n")
        XCTAssertEqual(fine.problems.map(\.message), [])
    }

    func testDeepVOCXMLIsRefusedAtTheLimit() {
        let xml = "<annotation>" + String(repeating: "<a>", count: 20_000) + String(repeating: "</a>", count: 20_000) + "</annotation>"
        switch VOCXMLParser.parse(Data(xml.utf8)) {
        case .success: XCTFail("a 20,000-deep file was read")
        case .failure(let failure): XCTAssertEqual(failure.message, "elements nested deeper than 256 levels")
        }
        let fine = "<annotation><size><width>10</width></size>" + String(repeating: "<a>", count: 200) + String(repeating: "</a>", count: 200) + "</annotation>"
        XCTAssertEqual(try? VOCXMLParser.parse(Data(fine.utf8)).get().width, 10)
    }
}
