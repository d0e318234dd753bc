import WinnowCanvas
import WinnowCore
import XCTest

@testable import WinnowUI

/// Decoded thumbnails are kept within `--thumbnail-cache`: the farthest from the cursor go first,
/// and the current item and those decoded ahead stay even when they alone are over the budget.
final class ThumbnailBudgetTests: XCTestCase {
    private func walk(budget: Int) -> AppState {
        let items = (0..<20).map { Fixtures.item("i\($0)", labels: [], width: 400, height: 300) }
        var state = Fixtures.state(items)
        state.display.thumbnailCacheBytes = budget
        for step in 0..<10 {
            for request in ThumbnailPlanner.requests(forItem: state.queue[state.cursor], state) + (1...3).flatMap({ ahead in
                state.cursor + ahead < state.queue.count ? ThumbnailPlanner.requests(forItem: state.queue[state.cursor + ahead], state) : []
            }) {
                let image = PixelImage(width: request.key.width, height: request.key.height)
                _ = AppReducer.reduce(&state, .thumbnailReady(request.key, image))
            }
            if step < 9 { _ = AppReducer.reduce(&state, .key(.char("j"))) }
        }
        return state
    }

    private func bytes(_ state: AppState) -> Int { state.thumbnails.values.reduce(0) { $0 + $1.rgb.count } }
    private func items(_ state: AppState) -> [Int] { state.thumbnails.keys.map(\.item).sorted() }

    func testTheFarthestGoFirstAndTheBudgetHolds() throws {
        let roomy = walk(budget: 64 << 20)
        XCTAssertEqual(items(roomy), Array(0...12), "within the keep radius nothing is dropped")
        let one = try XCTUnwrap(roomy.thumbnails.values.first).rgb.count
        let tight = walk(budget: one * 6)
        XCTAssertLessThanOrEqual(bytes(tight), one * 6)
        XCTAssertEqual(items(tight), Array(7...12), "the cursor is on 9: 8 behind it and 10-12 ahead stay, then the nearest")
    }

    func testTheItemsShownAndDecodedAheadStayOverABudgetTooSmall() {
        let state = walk(budget: 1)
        XCTAssertEqual(items(state), Array(8...12))
    }
}
