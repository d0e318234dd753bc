import XCTest
@testable import WinnowCore

final class PlaceholderCoreTests: XCTestCase {
    func testBuilds() {}
}
