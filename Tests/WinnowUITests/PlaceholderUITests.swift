import XCTest
@testable import WinnowUI

final class PlaceholderUITests: XCTestCase {
    func testBuilds() {}
}
