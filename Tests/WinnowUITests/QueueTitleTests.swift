import WinnowCanvas
import WinnowCore
import XCTest

@testable import WinnowUI

/// The queue pane's title drops words before it would cut the position: "1/1000~" of a
/// 100,000-item queue at 80 columns read as a thousand.
final class QueueTitleTests: XCTestCase {
    func testThePositionIsNeverCut() {
        let state = Fixtures.state(Fixtures.threeItems())
        XCTAssertEqual(QueuePane.title(state, width: 40), "Queue \(state.queueName.rawValue) 1/3")
        XCTAssertEqual(QueuePane.title(state, width: "Queue x 1/3".count - 1), "\(state.queueName.rawValue) 1/3")
        XCTAssertEqual(QueuePane.title(state, width: 3), "1/3")
        XCTAssertEqual(QueuePane.title(state, width: 1), "1/3", "the position even over the width; the frame cuts it last")
    }
}
