import WinnowCore
import WinnowUI

/// Holds the app state and runs the effects the reducer asks for: journal appends through the
/// curation session (fsynced before the result is dispatched back), image decodes through the loader.
final class AppStore {
    private(set) var state: AppState
    let session: CurationSession
    let loader = ThumbnailLoader()
    let positions: PositionStore
    /// Triage claims, so two reviewers are not handed the same item at once.
    let claims: ClaimRegistry
    /// Headless runs decode in line, so the printed screen is complete.
    let decodesInline: Bool
    private(set) var needsFullRedraw = false
    private(set) var version = 0

    init(state: AppState, session: CurationSession, decodesInline: Bool) {
        self.state = state
        self.session = session
        self.decodesInline = decodesInline
        positions = PositionStore(session: session)
        claims = ClaimRegistry(stateDirectory: session.workspaceStateDirectory)
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
        case .drawAudit(let tier, let items, let count):
            return drawAudit(tier: tier, items: items, count: count)
        case .claim(let item):
            return claim(item)
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

    /// Draws the sample with a fresh seed (printed in the journal, so it can be drawn again
    /// with `winnow audit --seed`) and records it in each dataset that has a share.
    private func drawAudit(tier: Tier, items: [Int], count: Int) -> [AppAction] {
        let workspace = session.workspace
        let seed = UInt64.random(in: 1...UInt64(Int64.max))
        let drawn = AuditSampler.draw(population: items.map { workspace.items[$0].id }, count: count, seed: seed)
        let indexByID = Dictionary(uniqueKeysWithValues: items.map { (workspace.items[$0].id, $0) })
        var shares: [Int: [String]] = [:]
        for id in drawn {
            let index = indexByID[id]!
            shares[workspace.datasetIndexOfItem[index], default: []].append(workspace.items[index].localID)
        }
        return shares.keys.sorted().map { dataset in
            run(.appendJournal(dataset: dataset, action: .auditSample(tier: tier.rawValue, seed: seed, items: shares[dataset]!),
                               origin: .audit))
        }.flatMap { $0 }
    }

    /// Holds the item (releasing the one held before); if someone else holds it, says so.
    private func claim(_ index: Int?) -> [AppAction] {
        guard let index else {
            claims.releaseAll()
            return []
        }
        let id = session.workspace.items[index].id
        for held in claims.heldItems where held != id { claims.release(item: held) }
        if claims.claim(item: id, reviewer: session.reviewer) { return [] }
        return [.claimedByOther(item: index, reviewer: claims.isClaimedByOther(id) ?? "another reviewer")]
    }

    /// Keeps held claims fresh and lets go of them all when the workstation closes.
    func refreshClaims() { claims.refresh() }
    func releaseClaims() { claims.releaseAll() }
}
