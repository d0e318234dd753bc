import WinnowTestSupport
import XCTest
@testable import WinnowCore

final class WinnowConfigTests: XCTestCase {
    private func parse(_ text: String) throws -> WinnowConfig { try WinnowConfig.parse(text, path: "ds/.winnow/config") }

    private func problem(_ text: String) -> String? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            return (error as? WinnowConfigError)?.description
        }
    }

    func testReasonsAndTiersWithCommentsAndBlankLines() throws {
        let config = try parse("""
            # reasons for bad verdicts
            reasons = wrong box, wrong category ,duplicate, blurry

            TIERS=0.8,0.5
            """)
        XCTAssertEqual(config.reasons, ["wrong box", "wrong category", "duplicate", "blurry"])
        XCTAssertEqual(config.tiers, TierThresholds(high: 0.8, medium: 0.5))
        XCTAssertEqual(config.warnings, [])
    }

    func testReasonMatchingIgnoresCaseAndSpacingAndReturnsTheConfiguredSpelling() throws {
        let config = try parse("reasons = Wrong box, blurry")
        XCTAssertEqual(config.reason(matching: "wrong  BOX"), "Wrong box")
        XCTAssertNil(config.reason(matching: "funny"))
        XCTAssertEqual(WinnowConfig().reason(matching: "anything"), "anything", "no list: any reason goes")
    }

    func testBadLinesNameFileAndLine() {
        XCTAssertEqual(problem("reasons = a\njust words"), "ds/.winnow/config:2: expected `key = value`")
        XCTAssertEqual(problem("reasons = a\n\nreasons = b"), "ds/.winnow/config:3: 'reasons' is set twice")
        XCTAssertEqual(problem("tiers = 0.5, 0.9")?.hasPrefix("ds/.winnow/config:1: tiers must be two numbers"), true)
        XCTAssertNotNil(problem("tiers = 0.9"))
        XCTAssertNotNil(problem("tiers = 1.5, 0.2"))
        XCTAssertNotNil(problem("reasons = a, , b"))
        XCTAssertNotNil(problem("= x"))
    }

    func testUnknownSettingsAreKeptAndWarnedAbout() throws {
        let config = try parse("reason = typo\ntheme = light")
        XCTAssertEqual(config.values["theme"], "light")
        XCTAssertNil(config.reasons)
        XCTAssertEqual(config.warnings.count, 2)
        XCTAssertTrue(try config.warnings.element(0).hasPrefix("ds/.winnow/config:1: unknown setting 'reason'"), config.warnings.shown(0))
    }

    func testMissingFileIsNoConfig() throws {
        let folder = try TemporaryFolder()
        XCTAssertNil(try WinnowConfig.load(from: folder.file("config")))
        try folder.write("config", text: "tiers = 0.95, 0.6\n")
        XCTAssertEqual(try WinnowConfig.load(from: folder.file("config"))?.tiers?.high, 0.95)
    }
}
