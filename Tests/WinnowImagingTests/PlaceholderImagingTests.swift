import XCTest
@testable import WinnowImaging

final class PlaceholderImagingTests: XCTestCase {
    func testBuilds() {}
}
