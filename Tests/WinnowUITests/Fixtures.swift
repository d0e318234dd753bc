import Foundation
import WinnowCanvas
import WinnowCore
@testable import WinnowUI

/// Small in-memory workspaces for reducer and renderer tests: no files involved.
enum Fixtures {
    static func label(_ category: String, _ x: Double, _ y: Double, _ w: Double, _ h: Double, confidence: Double = 0.8) -> Label {
        Label(id: category, category: category, bbox: BoundingBox(x: x, y: y, width: w, height: h), confidence: confidence,
              source: "template_matching", verified: false)
    }

    static func item(_ id: String, labels: [Label], width: Int = 100, height: Int = 50) -> ReviewItem {
        ReviewItem(id: id, kind: .screenshot, path: "images/\(id).png", imageURL: URL(fileURLWithPath: "/nonexistent/\(id).png"),
                   width: width, height: height, labels: labels)
    }

    static func workspace(_ items: [ReviewItem]) -> Workspace {
        let root = URL(fileURLWithPath: "/tmp/fixture")
        let dataset = Dataset(source: root, root: root, format: .screenshots, items: items, issues: [])
        return Workspace(root: root, datasets: [dataset], issues: [], qualifyIDs: false)
    }

    static var keymap: Keymap {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Keymaps/default.keymap")
        return try! Keymap.parse(String(contentsOf: url, encoding: .utf8), file: url.path)
    }

    static func state(_ items: [ReviewItem], size: TerminalSize = TerminalSize(width: 100, height: 30), keymap: Keymap = keymap) -> AppState {
        let workspace = workspace(items)
        return AppState(workspace: workspace, ledgers: [CurationLedger()], reviewer: "ana", keymap: keymap,
                        itemIssues: items.map { _ in [] }, size: size, display: DisplayOptions(unicode: true, color: false))
    }

    static func threeItems() -> [ReviewItem] {
        [
            item("a", labels: [label("button", 10, 10, 20, 10), label("field", 40, 20, 30, 8, confidence: 0.95)]),
            item("b", labels: [label("button", 0, 0, 10, 10, confidence: 0.5)]),
            item("c", labels: []),
        ]
    }

    /// What the effect runner would do for a journal append: give the event a sequence number.
    static func confirm(_ effect: AppEffect, in state: inout AppState, seq: Int) -> [AppEffect] {
        guard case .appendJournal(let dataset, let action, let origin) = effect else { return [] }
        let event = JournalEvent(seq: seq, time: "2026-11-22T05:00:0\(seq).000Z", reviewer: state.reviewer, action: action)
        return AppReducer.reduce(&state, .journaled(dataset: dataset, events: [event], origin: origin))
    }
}
