import WinnowCore
import WinnowUI

/// Holds the app state and runs the effects the reducer asks for: journal appends through the
/// curation session (fsynced before the result is dispatched back), image decodes through the loader.
final class AppStore {
    private(set) var state: AppState
    let session: CurationSession
    let loader = ThumbnailLoader()
    let positions: PositionStore
    /// Headless runs decode in line, so the printed screen is complete.
    let decodesInline: Bool
    private(set) var needsFullRedraw = false
    private(set) var version = 0

    init(state: AppState, session: CurationSession, decodesInline: Bool) {
        self.state = state
        self.session = session
        self.decodesInline = decodesInline
        positions = PositionStore(session: session)
    }

    func dispatch(_ action: AppAction) {
        var pending = [action]
        while !pending.isEmpty {
            let next = pending.removeFirst()
            let effects = AppReducer.reduce(&state, next)
            version += 1
            for effect in effects { pending += run(effect) }
        }
    }

    /// Collects decoded thumbnails and other reviewers' events; true when anything changed.
    @discardableResult
    func poll(journals: Bool) -> Bool {
        var actions = loader.drain()
        if journals {
            let external = session.refresh()
            if !external.isEmpty { actions.append(.externalEvents(external)) }
        }
        for action in actions { dispatch(action) }
        return !actions.isEmpty
    }

    func takeFullRedraw() -> Bool {
        defer { needsFullRedraw = false }
        return needsFullRedraw
    }

    private func run(_ effect: AppEffect) -> [AppAction] {
        switch effect {
        case .appendJournal(let dataset, let action, let origin):
            do {
                let events = try session.record(action, inDataset: dataset)
                return [.journaled(dataset: dataset, events: events, origin: origin)]
            } catch {
                return [.journalFailed(error.description)]
            }
        case .loadThumbnails(let requests):
            if decodesInline { return requests.map(ThumbnailLoader.load) }
            loader.enqueue(requests)
            return []
        case .rememberPosition(let position):
            positions.save(position)
            return []
        case .redraw:
            needsFullRedraw = true
            return []
        case .quit:
            return []
        }
    }
}
