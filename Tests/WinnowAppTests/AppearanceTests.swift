import Foundation
import WinnowApp
import WinnowCanvas
import WinnowTestSupport
import WinnowUI
import XCTest

/// Keymaps and themes come compiled in; user files override them, and a broken one never stops the workstation.
final class AppearanceTests: XCTestCase {
    private var config: TemporaryFolder!

    override func setUpWithError() throws {
        config = try TemporaryFolder()
        setenv("XDG_CONFIG_HOME", config.url.path, 1)
    }

    override func tearDown() {
        unsetenv("XDG_CONFIG_HOME")
        config = nil
    }

    func testTheCompiledInCopiesMatchTheFilesInTheCheckout() throws {
        for (folder, ext, builtIns) in [("Keymaps", "keymap", BuiltInAppearance.keymaps), ("Themes", "theme", BuiltInAppearance.themes)] {
            let url = RealData.packageRoot.appendingPathComponent(folder)
            let names = try FileManager.default.contentsOfDirectory(atPath: url.path).filter { $0.hasSuffix("." + ext) }
            XCTAssertEqual(Set(names.map { String($0.dropLast(ext.count + 1)) }), Set(builtIns.keys), "run scripts/embed-appearance.py")
            for name in names {
                let text = try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)
                XCTAssertEqual(builtIns[String(name.dropLast(ext.count + 1))], String(text.dropLast()), "\(name): run scripts/embed-appearance.py")
            }
        }
    }

    func testAUserKeymapOverridesTheBuiltInOne() throws {
        let essentials = "bind prompt <Enter> prompt.submit\nbind prompt <Esc> prompt.cancel\nbind global Q app.quit\nbind loading Q app.quit\n"
        try config.write("winnow/default.keymap", text: "bind queue z verdict.good\n" + essentials)
        var warnings: [String] = []
        let keymap = try Appearance.keymap(nil, warnings: &warnings)
        XCTAssertEqual(warnings, [])
        XCTAssertEqual(keymap.resolve(.char("z"), in: [.queue]), .verdictGood)
        XCTAssertNil(keymap.resolve(.char("a"), in: [.queue]), "the whole keymap is replaced, not merged")
    }

    func testABrokenUserOverrideFallsBackToTheBuiltInOneWithAWarning() throws {
        try config.write("winnow/default.keymap", text: "# mine\nbind queue j no.such-command\n")
        try config.write("winnow/light.theme", text: "text fg=nocolor\n")
        var warnings: [String] = []
        let keymap = try Appearance.keymap(nil, warnings: &warnings)
        let theme = try Appearance.theme("light", noColor: false, warnings: &warnings)
        XCTAssertEqual(keymap.resolve(.char("j"), in: [.queue]), .queueNext)
        XCTAssertEqual(theme.name, "light")
        XCTAssertEqual(warnings, [
            "\(config.path("winnow/default.keymap")):2: unknown command 'no.such-command'; using the built-in default keymap instead",
            "\(config.path("winnow/light.theme")):1: bad color 'nocolor'; using the built-in light theme instead",
        ])
    }

    func testAKeymapThatCannotLeaveAPromptIsNotUsed() throws {
        try config.write("winnow/default.keymap", text: "bind queue z verdict.good\nbind global q app.quit\n")
        var warnings: [String] = []
        let keymap = try Appearance.keymap(nil, warnings: &warnings)
        XCTAssertEqual(warnings, ["\(config.path("winnow/default.keymap")): no key for prompt.submit in context prompt; using the built-in default keymap instead"])
        XCTAssertEqual(keymap.resolve(.char("a"), in: [.queue]), .verdictGood)
    }

    func testAFileNamedOnTheCommandLineMustParse() throws {
        let file = try config.write("mine.keymap", text: "bind nowhere j queue.next\n")
        var warnings: [String] = []
        XCTAssertThrowsError(try Appearance.keymap(file.path, warnings: &warnings)) { error in
            XCTAssertTrue((error as! CLIError).message.hasPrefix("\(file.path):1: unknown context 'nowhere'"), "\(error)")
        }
    }

    func testNoColorMeansTheMonoTheme() throws {
        var warnings: [String] = []
        let theme = try Appearance.theme("default", noColor: true, warnings: &warnings)
        XCTAssertEqual(theme.name, "mono")
        XCTAssertTrue(theme.isMonochrome)
    }

    func testAnUnknownNameListsTheKnownOnes() throws {
        var warnings: [String] = []
        XCTAssertThrowsError(try Appearance.theme("neon", noColor: false, warnings: &warnings)) { error in
            XCTAssertTrue((error as! CLIError).message.contains("known: default, high-contrast, light, mono"), "\(error)")
        }
    }
}
