import Foundation
import WinnowTestSupport
import XCTest

/// The real binary in a real terminal (tmux, private socket): keys in, screen and journal out.
final class TmuxReviewTests: XCTestCase {
    override func setUpWithError() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") else {
            throw XCTSkip("tmux is not installed (.ci/run installs it)")
        }
    }

    private func reviewedCount(_ screen: String) -> Int? {
        guard let range = screen.range(of: #"Progress (\d+)/"#, options: .regularExpression) else { return nil }
        return Int(screen[range].dropFirst("Progress ".count).dropLast())
    }

    func testVerdictsInTheWorkstationAreJournaledAndQuitRestoresCleanly() throws {
        let copy = try SampleCopy()
        let tmux = try TmuxSession(command: [WinnowProcess.binary.path, copy.dataset.path, "--reviewer", "tess"], workdir: copy.root)
        try tmux.waitFor("the workstation") { $0.contains("Queue") && $0.contains("Validation") }
        try tmux.send("a")
        try tmux.send("a")
        try tmux.send("x")
        let screen = try tmux.waitFor("three verdicts") { self.reviewedCount($0) == 3 }
        XCTAssertTrue(screen.contains("saved: bad"), screen)
        XCTAssertTrue(screen.contains("3/"), "the queue position moved on")
        try tmux.send("q")
        XCTAssertEqual(tmux.exitStatus(), 0)
        let lines = copy.journalLines()
        XCTAssertEqual(lines.count, 3)
        XCTAssertTrue(lines.allSatisfy { $0.contains(#""reviewer":"tess""#) })
    }

    func testKillNineAfterFiveVerdictsLosesNoneAndARestartShowsThem() throws {
        let copy = try SampleCopy()
        let command = [WinnowProcess.binary.path, copy.dataset.path, "--reviewer", "kim"]
        let first = try TmuxSession(command: command, workdir: copy.root)
        try first.waitFor("the workstation") { $0.contains("Queue") }
        for key in ["a", "x", "a", "Space", "a"] { try first.send(key) }
        try first.waitFor("five verdicts on screen") { self.reviewedCount($0) == 5 }
        let pid = try XCTUnwrap(try first.winnowPID())
        XCTAssertEqual(kill(pid, SIGKILL), 0)
        XCTAssertEqual(first.exitStatus(), 128 + 9)
        XCTAssertEqual(copy.journalLines().count, 5, "every verdict the screen showed as saved is on disk")

        let second = try TmuxSession(command: command, workdir: copy.root)
        try second.waitFor("the earlier verdicts after a restart") { self.reviewedCount($0) == 5 }
        try second.send("q")
        XCTAssertEqual(second.exitStatus(), 0)
    }

    func testSigtermRestoresTheTerminal() throws {
        let copy = try SampleCopy()
        let tmux = try TmuxSession(command: [WinnowProcess.binary.path, copy.dataset.path], workdir: copy.root)
        try tmux.waitFor("the workstation") { $0.contains("Queue") }
        let pid = try XCTUnwrap(try tmux.winnowPID())
        kill(pid, SIGTERM)
        XCTAssertNotNil(tmux.exitStatus())
        // Back on the normal screen: the panes are gone.
        try tmux.waitFor("the terminal restored") { !$0.contains("Validation") }
    }

    /// A dropped SSH connection (SIGHUP) used to leave the terminal raw and the position unsaved.
    func testSighupRestoresTheTerminalSavesWhereItWasAndExits129() throws {
        let copy = try SampleCopy()
        let command = [WinnowProcess.binary.path, copy.dataset.path, "--reviewer", "hup"]
        let tmux = try TmuxSession(command: command, workdir: copy.root)
        try tmux.waitFor("the workstation") { $0.contains("Queue triage 1/11") }
        try tmux.send("j")
        try tmux.send("j")
        try tmux.waitFor("the third item") { $0.contains("Queue triage 3/11") }
        let pid = try XCTUnwrap(try tmux.winnowPID())
        XCTAssertEqual(kill(pid, SIGHUP), 0)
        XCTAssertEqual(tmux.exitStatus(), 129)
        try tmux.waitFor("the terminal restored") { !$0.contains("Validation") }
        let again = try TmuxSession(command: command, workdir: copy.root)
        try again.waitFor("the item it was on") { $0.contains("Queue triage 3/11") }
        try again.send("q")
        XCTAssertEqual(again.exitStatus(), 0)
    }

    func testAVerdictAt80x24() throws {
        let copy = try SampleCopy()
        let tmux = try TmuxSession(command: [WinnowProcess.binary.path, copy.dataset.path, "--reviewer", "small"], workdir: copy.root,
                                   width: 80, height: 24)
        let first = try tmux.waitFor("the workstation at 80x24") { $0.contains("Queue triage 1/11") && $0.contains("? help") }
        XCTAssertTrue(first.split(separator: "\n").last?.contains("a good  x bad") ?? false, first)
        XCTAssertFalse(first.contains("Validation"), "the details pane folds away at 80 columns")
        try tmux.send("x")
        try tmux.waitFor("the verdict saved") { $0.contains("saved: bad") && $0.contains("Queue triage 2/11") }
        try tmux.send("q")
        XCTAssertEqual(tmux.exitStatus(), 0)
        let lines = copy.journalLines()
        XCTAssertEqual(lines.count, 1)
        XCTAssertTrue(try lines.element(0).contains(#""verdict":"bad""#) && lines.element(0).contains(#""reviewer":"small""#), lines.shown(0))
    }

    func testCtrlCRestoresTheTerminalAndExits130() throws {
        let copy = try SampleCopy()
        let tmux = try TmuxSession(command: [WinnowProcess.binary.path, copy.dataset.path], workdir: copy.root, width: 80, height: 24)
        try tmux.waitFor("the workstation") { $0.contains("Queue") }
        try tmux.send("C-c")
        XCTAssertEqual(tmux.exitStatus(), 130)
        try tmux.waitFor("the terminal restored") { !$0.contains("Validation") }
    }

    func testWithLangCTheScreenIsASCIIWithAHintUnlessUnicodeIsAsked() throws {
        let copy = try SampleCopy()
        let plain = try TmuxSession(command: [WinnowProcess.binary.path, copy.dataset.path], workdir: copy.root, width: 120, height: 36,
                                    environment: ["LANG": "C"])
        let screen = try plain.waitFor("the workstation") { $0.contains("Queue") && $0.contains("ASCII only") }
        XCTAssertTrue(screen.unicodeScalars.allSatisfy(\.isASCII), screen)
        try plain.send("q")
        XCTAssertEqual(plain.exitStatus(), 0)
        let asked = try TmuxSession(command: [WinnowProcess.binary.path, copy.dataset.path, "--unicode"], workdir: copy.root, width: 120,
                                    height: 36, environment: ["LANG": "C"])
        let unicode = try asked.waitFor("the workstation") { $0.contains("Queue") }
        XCTAssertTrue(unicode.contains("┌ Queue"), unicode)
        XCTAssertFalse(unicode.contains("ASCII only"))
        try asked.send("q")
    }

    func testResizeReLaysOutAndTooSmallShowsTheNote() throws {
        let copy = try SampleCopy()
        let tmux = try TmuxSession(command: [WinnowProcess.binary.path, copy.dataset.path], workdir: copy.root)
        try tmux.waitFor("the workstation") { $0.contains("Queue") }
        try tmux.resize(width: 50, height: 12)
        try tmux.waitFor("the too-small note") { $0.contains("Make the window larger") }
        try tmux.resize(width: 160, height: 40)
        try tmux.waitFor("the panes again") { $0.contains("Queue") && $0.contains("Validation") }
        try tmux.send("?")
        try tmux.waitFor("help") { $0.contains("verdict.good") }
        try tmux.send("Escape")
        try tmux.waitFor("Esc to close help") { !$0.contains("verdict.good") }
        try tmux.send("q")
        XCTAssertEqual(tmux.exitStatus(), 0)
    }

    func testColorsByDefaultAndNoneWithNO_COLOR() throws {
        let copy = try SampleCopy()
        let colored = try TmuxSession(command: [WinnowProcess.binary.path, copy.dataset.path], workdir: copy.root)
        try colored.waitFor("the thumbnail") { $0.contains("▀") }
        XCTAssertTrue(try colored.styledScreen().contains("38;5;"), "256-color escapes expected")

        let mono = try TmuxSession(command: [WinnowProcess.binary.path, copy.dataset.path], workdir: copy.root, environment: ["NO_COLOR": "1"])
        try mono.waitFor("the shaded thumbnail") { $0.contains("Queue") && $0.contains("█") }
        let styled = try mono.styledScreen()
        XCTAssertFalse(styled.contains("38;5;") || styled.contains("48;5;"), "NO_COLOR must not send colors")
        XCTAssertTrue(styled.contains("\u{1B}[7m") || styled.contains("\u{1B}[1m"), "mono still uses attributes")
    }

    func testTwoWorkstationsOnOneDatasetSeeEachOthersVerdicts() throws {
        let copy = try SampleCopy()
        let ana = try TmuxSession(command: [WinnowProcess.binary.path, copy.dataset.path, "--reviewer", "ana"], workdir: copy.root)
        let bo = try TmuxSession(command: [WinnowProcess.binary.path, copy.dataset.path, "--reviewer", "bo"], workdir: copy.root)
        try ana.waitFor("ana's workstation") { $0.contains("Queue") }
        try bo.waitFor("bo's workstation") { $0.contains("Queue") }
        try ana.send("a")
        try ana.send("a")
        try bo.waitFor("ana's two verdicts on bo's screen", timeout: 5) { self.reviewedCount($0) == 2 }
        try bo.send("G")
        try bo.send("x")
        try ana.waitFor("bo's verdict on ana's screen", timeout: 5) { self.reviewedCount($0) == 3 }
        try ana.send("q")
        try bo.send("q")
        XCTAssertEqual(ana.exitStatus(), 0)
        XCTAssertEqual(bo.exitStatus(), 0)
        let lines = copy.journalLines()
        XCTAssertEqual(lines.count, 3)
        XCTAssertEqual(lines.filter { $0.contains(#""reviewer":"ana""#) }.count, 2)
        XCTAssertTrue(try lines.element(2).contains(#""seq":3"#) && lines.element(2).contains(#""reviewer":"bo""#))
    }

    func testTwoReviewersInTriageAreNotHandedTheSameItem() throws {
        let copy = try SampleCopy()
        let ana = try TmuxSession(command: [WinnowProcess.binary.path, copy.dataset.path, "--reviewer", "ana"], workdir: copy.root)
        try ana.waitFor("ana's workstation") { $0.contains("Queue triage") }
        try ana.send("g")
        try ana.waitFor("ana on the first triage item") { $0.contains(" 1/11 triage") }
        let bo = try TmuxSession(command: [WinnowProcess.binary.path, copy.dataset.path, "--reviewer", "bo"], workdir: copy.root)
        try bo.waitFor("bo's workstation") { $0.contains("Queue triage") }
        try bo.send("g")
        // Both at once: the message alone may still show while a `g` has moved bo back for a moment.
        try bo.waitFor("bo moved past ana's item") { $0.contains("ana is reviewing it") && $0.contains(" 2/11 triage") }
        try ana.send("q")
        XCTAssertEqual(ana.exitStatus(), 0)
        try bo.send("g")
        let back = try bo.waitFor("bo back on the first item") { $0.contains(" 1/11 triage") }
        let first = try XCTUnwrap(back.firstMatch(of: /images\/([0-9a-f]+)\.png/)?.1)
        // Once bo's claim on it is written, nothing moves bo on (no waiting a while to see).
        let claims = copy.dataset.appendingPathComponent(".winnow/claims")
        let deadline = Date().addingTimeInterval(15)
        func boHoldsOne() -> Bool {
            let files = (try? FileManager.default.contentsOfDirectory(at: claims, includingPropertiesForKeys: nil)) ?? []
            return files.contains {
                let text = (try? String(contentsOf: $0, encoding: .utf8)) ?? ""
                return text.contains(#""item":"\#(first)""#) && text.contains(#""reviewer":"bo""#)
            }
        }
        while !boHoldsOne(), Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        XCTAssertTrue(boHoldsOne(), "bo claims the item ana let go of")
        XCTAssertTrue(try bo.screen().contains(" 1/11 triage"), "free once ana quit: bo stays on it")
        try bo.send("q")
        XCTAssertEqual(bo.exitStatus(), 0)
    }

    func testEditingABoxInARealTerminal() throws {
        let copy = try SampleCopy()
        let tmux = try TmuxSession(command: [WinnowProcess.binary.path, copy.dataset.path, "--reviewer", "box"], workdir: copy.root)
        try tmux.waitFor("the workstation") { $0.contains("Queue") && $0.contains("▀") }
        try tmux.send("e")
        try tmux.waitFor("box mode") { $0.contains(" BOX ") }
        try tmux.send("C-Left")
        try tmux.waitFor("the edit saved") { $0.contains("box close_button") }
        try tmux.send("z")
        try tmux.waitFor("the zoom") { $0.contains("zoom ") }
        try tmux.send("Escape")
        // Wait for Esc to take effect: a key right after it would read as Alt+key.
        try tmux.waitFor("box mode left") { !$0.contains(" BOX ") }
        try tmux.send("q")
        XCTAssertEqual(tmux.exitStatus(), 0)
        let lines = copy.journalLines()
        XCTAssertEqual(lines.count, 1)
        XCTAssertTrue(try lines.element(0).contains(#""type":"box.set""#) && lines.element(0).contains(#""label":"0""#), lines.first ?? "")
    }
}
