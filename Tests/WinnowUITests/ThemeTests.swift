import XCTest
import WinnowCanvas
@testable import WinnowUI

final class ThemeTests: XCTestCase {
    private var root: URL { URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent() }

    private func load(_ name: String) throws -> Theme {
        let url = root.appendingPathComponent("Themes/\(name).theme")
        return try Theme.parse(String(contentsOf: url, encoding: .utf8), name: name, file: url.path)
    }

    func testBundledThemesParseAndDefineTheKeyRoles() throws {
        for name in ["default", "light", "high-contrast", "mono"] {
            let theme = try load(name)
            for role in [ThemeRole.selection, .verdictGood, .verdictBad, .tierLow, .boxSelected, .issueError] {
                XCTAssertNotEqual(theme[role], theme[.text], "\(name): \(role.rawValue) looks like plain text")
            }
        }
        // Without color, good and bad still differ in attributes (and always in their marks, ✓ and ✗).
        let mono = try load("mono")
        XCTAssertNotEqual(mono[.verdictGood].attributes, mono[.verdictBad].attributes)
    }

    func testMonoThemeUsesNoColor() throws {
        XCTAssertTrue(try load("mono").isMonochrome)
        XCTAssertFalse(try load("default").isMonochrome)
        XCTAssertTrue(try load("default").monochrome().isMonochrome)
    }

    func testColorSpecs() throws {
        let theme = try Theme.parse("selection fg=#ff8000 bg=bright-blue bold reverse\ntext fg=7", name: "t", file: "t.theme")
        XCTAssertEqual(theme[.selection], Style(foreground: .rgb(255, 128, 0), background: .indexed(12), attributes: [.bold, .reverse]))
        XCTAssertEqual(theme[.text].foreground, .indexed(7))
        XCTAssertEqual(theme[.boxSelected], theme[.text], "roles left out look like text")
    }

    func testErrorsNameFileAndLine() {
        XCTAssertThrowsError(try Theme.parse("text\nwidget.button fg=1", name: "t", file: "x.theme")) { error in
            XCTAssertEqual("\(error)", "x.theme:2: unknown role 'widget.button'")
        }
        XCTAssertThrowsError(try Theme.parse("text fg=300", name: "t", file: "x.theme")) { error in
            XCTAssertEqual("\(error)", "x.theme:1: bad color '300'")
        }
    }
}

/// A theme that colours a role paints its background too, so it reads on dark and light terminals alike.
final class ThemeBackgroundTests: XCTestCase {
    func testEveryColouredRoleHasABackground() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Themes")
        for name in ["default", "light", "high-contrast"] {
            let text = try String(contentsOf: folder.appendingPathComponent("\(name).theme"), encoding: .utf8)
            let theme = try Theme.parse(text, name: name, file: name)
            for role in ThemeRole.allCases {
                let style = theme[role]
                XCTAssertNotEqual(style.background, .terminalDefault, "\(name): \(role.rawValue) leaves the terminal's background")
            }
        }
    }

    func testTheModeTagStandsOutInMono() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Themes")
        let mono = try Theme.parse(String(contentsOf: folder.appendingPathComponent("mono.theme"), encoding: .utf8), name: "mono", file: "mono")
        XCTAssertNotEqual(mono[.statusMode], mono[.status])
        XCTAssertNotEqual(mono[.signalCursor], Style(), "the cursor has an attribute of its own")
    }
}
