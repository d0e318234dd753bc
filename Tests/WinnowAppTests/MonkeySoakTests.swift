import Foundation
import WinnowApp
import WinnowCanvas
import WinnowCore
import WinnowSamples
import WinnowTestSupport
import WinnowUI
import XCTest

/// A monkey at the keyboard: seeded random keys from the keymap (and stray letters for prompts),
/// with resizes from 20x5 to 300x100 between them, through the workstation's own run loop on every
/// sample dataset. Afterwards no source file changed, and every journal the run wrote reads back
/// whole: each line a Winnow event, sequence numbers climbing, about items the dataset has.
/// The short version runs here (1,500 steps a dataset); `WINNOW_SOAK_STEPS` asks for more.
final class MonkeySoakTests: XCTestCase {
    private var steps: Int { Int(ProcessInfo.processInfo.environment["WINNOW_SOAK_STEPS"] ?? "") ?? 1_500 }

    func testRandomKeysAndResizesLoseNothingAndChangeNoSource() throws {
        for (index, name) in ["screens", "drilling", "text", "pairs"].enumerated() {
            let copy = try SampleCopy(name)
            let before = try checksums(of: copy.dataset)
            var random = SeededRandom(seed: UInt64(2026 + index))
            let script = try monkeyScript(count: steps, random: &random)
            let terminal = RecordingTerminal(size: TerminalSize(width: 120, height: 40), monochrome: false, script: script, keepsEveryFrame: false)
            let shown = try XCTUnwrap(try Workstation(device: terminal, keymap: try Appearance.keymap(nil),
                                                      theme: try Appearance.theme("default", noColor: false))
                .run(CommonOptions(path: copy.dataset.path, reviewer: "monkey")))
            XCTAssertEqual(try checksums(of: copy.dataset), before, "\(name): a source file changed")
            let session = try CommonOptions.open(path: copy.dataset.path, stateOverride: nil, reviewer: "check")
            for (screen, replayed) in zip(shown.ledgers, session.ledgers) {
                XCTAssertEqual(LedgerComparison.differences(screen, replayed, items: session.workspace.items), [],
                               "\(name): the journal replays to the state the workstation showed")
            }
            XCTAssertEqual(shown.ledgers.count, session.ledgers.count)
            let ids = Set(session.workspace.items.map(\.localID))
            var written = 0
            for journal in try journals(in: copy.dataset) {
                let read = try XCTUnwrap(VerdictJournal.existing(in: journal.deletingLastPathComponent()))
                let events = read.readNew()
                written += events.count
                XCTAssertEqual(read.problems.map(\.text), [], "\(name): \(journal.path) reads back whole")
                XCTAssertEqual(events.map(\.seq), (0..<events.count).map { $0 + 1 }, "\(name): gap-free")
                for event in events { if let item = event.action.item { XCTAssertTrue(ids.contains(item), "\(name): unknown item \(item)") } }
            }
            XCTAssertGreaterThan(written, 0, "\(name): the monkey's verdicts and edits were journalled")
        }
    }

    /// Keys bound anywhere in the default keymap except quitting and the external editor, letters
    /// for prompts, and a resize now and then.
    private func monkeyScript(count: Int, random: inout SeededRandom) throws -> [TerminalScriptStep] {
        let keymap = try String(contentsOf: RealData.packageRoot.appendingPathComponent("Keymaps/default.keymap"), encoding: .utf8)
        var keys: [KeyEvent] = []
        for line in keymap.split(separator: "\n") where line.hasPrefix("bind ") {
            let words = line.split(separator: " ", omittingEmptySubsequences: true)
            guard words.count >= 4, try !["app.quit", "text.edit"].contains(String(words.element(3))) else { continue }
            try keys += (try? KeyNotation.parse(String(words.element(2)))) ?? []
        }
        keys += "abcxyz019 -_.".map { KeyEvent.char($0) }
        keys.removeAll { $0 == .char("q") || $0 == .char("E") }
        return (0..<count).map { step in
            if step % 97 == 96 {
                return .resize(TerminalSize(width: 20 + Int(random.next() % 281), height: 5 + Int(random.next() % 96)))
            }
            return .key(keys[Int(random.next() % UInt64(keys.count))])
        }
    }

    private func checksums(of folder: URL) throws -> [String: String] {
        var sums: [String: String] = [:]
        let walk = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = walk?.nextObject() as? URL {
            guard !url.path.contains("/.winnow"), (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true else { continue }
            sums[url.path] = SHA256.hex(of: [UInt8](try Data(contentsOf: url)))
        }
        return sums
    }

    private func journals(in folder: URL) throws -> [URL] {
        let walk = FileManager.default.enumerator(at: folder.appendingPathComponent(".winnow"), includingPropertiesForKeys: nil)
        var found: [URL] = []
        while let url = walk?.nextObject() as? URL { if url.lastPathComponent == VerdictJournal.fileName { found.append(url) } }
        return found
    }
}
