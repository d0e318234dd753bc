import Foundation
import WinnowTestSupport
import XCTest
@testable import WinnowCore

/// A query that reads only what names an item is answered from the names alone, with the items a
/// query over every fact would select.
final class FilterSelectionTests: XCTestCase {
    func testOnlyKindIdAndFileReadOnlyNames() throws {
        for text in ["kind:screenshot", "file:*a* -id:x", "-kind:text id:i?"] {
            XCTAssertTrue(try FilterQuery.parse(text).readsOnlyNames, text)
        }
        for text in ["kind:screenshot cat:button", "login", "tier:low", "-verdict:good", "has:notes", "conf<0.5 file:*"] {
            XCTAssertFalse(try FilterQuery.parse(text).readsOnlyNames, text)
        }
    }

    func testNamesOnlySelectsWhatEveryFactWould() throws {
        var fixture = try ScreenshotDatasetFixture()
        defer { fixture.folder.remove() }
        for k in 0..<6 {
            try fixture.addItem("i\(k)", labels: [ScreenshotDatasetFixture.label(k % 2 == 0 ? "button" : "field", "[1,1,4,4]")])
        }
        try fixture.writeManifest()
        let dataset = try ScreenshotDatasetReader.read(fixture.root, options: ReadOptions())
        let snapshot = ReviewSnapshot(workspace: Workspace(root: fixture.root, datasets: [dataset], issues: [], qualifyIDs: false),
                                      ledgers: [CurationLedger()])
        for text in ["kind:screenshot", "-kind:screenshot", "id:i1", "file:*i3*", "-id:i1 kind:screenshot"] {
            let query = try FilterQuery.parse(text)
            let everyFact = snapshot.items.indices.filter { query.matches(snapshot.facts(ofItem: $0)) }
            XCTAssertEqual(snapshot.select(query), everyFact, text)
        }
        XCTAssertEqual(snapshot.select(try FilterQuery.parse("file:*i3*")), [3])
        XCTAssertEqual(snapshot.select(try FilterQuery.parse("kind:screenshot cat:field")), [1, 3, 5])
    }
}
