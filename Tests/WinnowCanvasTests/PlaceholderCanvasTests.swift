import XCTest
@testable import WinnowCanvas

final class PlaceholderCanvasTests: XCTestCase {
    func testBuilds() {}
}
