import Foundation
import WinnowCore
import WinnowUI

/// Holds the app state and runs the effects the reducer asks for: journal appends through the
/// curation session (fsynced before the result is dispatched back), image decodes through the loader.
package final class AppStore {
    package private(set) var state: AppState
    package let session: CurationSession
    package let loader = ThumbnailLoader()
    /// The rest of a previewed file and the duplicate report, worked out behind the first screen.
    package let indexing = BackgroundIndexing()
    package let positions: PositionStore
    /// Triage claims, so two reviewers are not handed the same item at once.
    package let claims: ClaimKeeper
    package private(set) var needsFullRedraw = false
    /// Runs the user's editor on a text (the workstation gives the terminal back around it).
    package var textEditor: (String) -> Result<String, EditorFailure> = { ExternalEditor.edit($0) }
    package private(set) var version = 0

    package init(state: AppState, session: CurationSession) {
        self.state = state
        self.session = session
        positions = PositionStore(session: session)
        let registry = session.stores.claims(stateDirectory: session.workspaceStateDirectory, workspace: session.workspace.root.lastPathComponent)
        claims = ClaimKeeper(registry: registry, reviewer: session.reviewer)
    }

    package func dispatch(_ action: AppAction) {
        var pending = [action]
        while !pending.isEmpty {
            let next = pending.removeFirst()
            let effects = AppReducer.reduce(&state, next)
            version += 1
            for effect in effects { pending += run(effect) }
        }
    }

    /// Collects decoded thumbnails, claim answers and other reviewers' events; true when anything changed.
    @discardableResult
    package func poll(journals: Bool) -> Bool {
        var actions = loader.drain() + claims.drain()
        if journals {
            let external = session.refresh()
            if !external.isEmpty { actions.append(.externalEvents(external)) }
        }
        if let found = indexing.takeDuplicates() { actions.append(.issuesFound(found)) }
        if indexing.note != state.backgroundWork { actions.append(.backgroundWork(indexing.note)) }
        for action in actions { dispatch(action) }
        return !actions.isEmpty
    }

    /// A state rebuilt for a whole dataset whose first part was shown.
    package func replace(_ next: AppState) {
        state = next
        version += 1
    }

    /// Waits for the decodes under way and applies them (benchmarks that time keys alone).
    package func settle() {
        while true {
            let changed = poll(journals: false)
            if isSettled && !changed { return }
            if !changed { usleep(200) }
        }
    }

    /// No decode, claim or background indexing under way, and no answer waiting to be collected.
    package var isSettled: Bool { loader.isSettled && claims.isSettled && indexing.isSettled(browsing: state.isBrowsing) }

    package func takeFullRedraw() -> Bool {
        defer { needsFullRedraw = false }
        return needsFullRedraw
    }

    private func run(_ effect: AppEffect) -> [AppAction] {
        switch effect {
        case .appendJournal(let dataset, let action, let origin):
            do {
                let events = try session.record(action, inDataset: dataset)
                let waiting = session.waitingEvents
                return [.journaled(dataset: dataset, events: events, origin: origin)] + (waiting > 0 ? [.savedLocally(waiting: waiting)] : [])
            } catch {
                return [.journalFailed(error.description)]
            }
        case .loadThumbnails(let requests):
            loader.enqueue(requests)
            return []
        case .drawAudit(let tier, let count):
            return drawAudit(tier: tier, count: count)
        case .claim(let item):
            return claim(item)
        case .rememberPosition(let position):
            positions.save(position)
            return []
        case .redraw:
            needsFullRedraw = true
            return []
        case .editText(let item, let field, let text):
            let result = textEditor(text).mapError { TextEditFailure($0.message) }
            return [.textEdited(item: item, field: field, result: result)]
        case .quit:
            return []
        }
    }

    /// Draws the sample with a fresh seed (printed in the journal, so it can be drawn again
    /// with `winnow audit --seed`) and records it in each dataset that has a share.
    private func drawAudit(tier: Tier, count: Int) -> [AppAction] {
        let snapshot = ReviewSnapshot(workspace: session.workspace, ledgers: session.ledgers, thresholds: state.thresholds)
        guard let draw = AuditDraw(snapshot, tier: tier, count: count, seed: AuditDraw.randomSeed()) else { return [] }
        return draw.actions.flatMap { run(.appendJournal(dataset: $0.dataset, action: $0.action, origin: .audit)) }
    }

    /// Holds the item (releasing the one held before) in the background; nil lets go of all.
    private func claim(_ index: Int?) -> [AppAction] {
        claims.hold(index.map { ($0, session.workspace.items[$0].id) })
        return []
    }

    /// Keeps held claims fresh and lets go of them all when the workstation closes.
    package func refreshClaims() { claims.refresh() }
    package func releaseClaims() { claims.releaseAll() }
}
