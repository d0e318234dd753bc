import Foundation
import WinnowCore
import WinnowPostgres
import WinnowTerminal
import WinnowUI

/// The one run loop, for the real terminal and its recording twin alike: the loading view while
/// the data is read on a background thread, then keys, decodes, other reviewers' journal lines
/// and claim refreshes, each drawn as a frame when something changed.
package struct Workstation {
    /// How often other reviewers' journal lines are picked up and claims kept fresh.
    package static let journalPollInterval = 0.5

    package let device: TerminalDevice
    package let keymap: Keymap
    package let theme: Theme
    /// Shown in the status bar at the start (for example that the locale has no UTF-8).
    package var notice: String?

    package init(device: TerminalDevice, keymap: Keymap, theme requested: Theme, notice: String? = nil) {
        self.device = device
        self.keymap = keymap
        self.theme = device.isMonochrome ? requested.monochrome() : requested
        self.notice = notice
    }

    /// Loads, reviews until quit or interrupted, and lets go of claims. Nil when the user quit while loading.
    package func run(_ options: CommonOptions) throws(CLIError) -> AppState? {
        guard let session = try SessionLoading.run(options, on: device, keymap: keymap, theme: theme) else { return nil }
        // The config is read once: its tiers and reasons, and its warnings said once.
        let config = try ConfigOption.load(options, workspace: session.workspace)
        var first = firstState(session, options: options, config: config)
        if let notice { first.message = .error(notice) }
        if let journal = session.stores as? PostgresJournalStores, let note = journal.notes.last { first.message = .info(note) }
        let store = AppStore(state: first, session: session)
        store.textEditor = { [device] text in
            device.restore()  // the editor gets the terminal; the next draw takes it back, repainting all
            defer { device.resumeAfterProgram() }
            return ExternalEditor.edit(text)
        }
        store.dispatch(.resized(device.size))
        store.dispatch(.started)
        if session.workspace.isPreview {
            store.indexing.readRest(options)
        } else {
            store.indexing.findDuplicates(store.state.items)
        }
        store.dispatch(.backgroundWork(store.indexing.note))
        let firstPosition = store.state.position
        loop(store) { adopt($0, into: store, options: options, config: config, firstPosition: firstPosition) }
        store.releaseClaims()
        if session.waitingEvents > 0 {
            device.restore()  // first, so the note lands on the normal screen
            let waiting = session.waitingEvents == 1 ? "1 event is" : "\(session.waitingEvents) events are"
            StandardError.write("note: \(waiting) saved on this machine (\(PostgresJournalStores.spoolFileName) in the state "
                                + "folder), waiting for the journal database; the next winnow command that reaches it sends them")
        }
        return store.state
    }

    /// The state for a freshly opened session: where the reviewer left off, or (`startAsAsked`) where `options` ask.
    private func firstState(_ session: CurationSession, options: CommonOptions, startAsAsked: Bool = true, config: WinnowConfig) -> AppState {
        let display = DisplayOptions(unicode: device.unicode, color: !device.isMonochrome && !theme.isMonochrome, showPrivate: options.showPrivate,
                                     thumbnailCacheBytes: options.thumbnailCacheBytes)
        var state = InitialState.build(session, keymap: keymap, size: device.size, display: display,
                                       thresholds: options.explicitTiers ?? config.tiers ?? .standard, options: startAsAsked ? options : nil,
                                       reasons: config.reasons ?? [], findDuplicates: false)
        if let score = config.adoptScore { state.adoptScore = score }
        return state
    }

    /// Swaps in the whole of a dataset whose first part was shown, where the reviewer is now
    /// (or, if they have not moved, where the first screen was meant to start), then finds its duplicates.
    private func adopt(_ loaded: Result<Workspace, CLIError>, into store: AppStore, options: CommonOptions, config: WinnowConfig,
                       firstPosition: ReviewPosition?) {
        defer { BackgroundWrites.openDone() }  // the caches the open made, once the whole is on screen
        guard case .success(let whole) = loaded, store.session.replaceWorkspace(whole) else {
            if case .failure(let error) = loaded { store.dispatch(.journalFailed("reading the rest: \(error.message)")) }
            return
        }
        let moved = store.state.position != firstPosition
        var next = firstState(store.session, options: options, startAsAsked: !moved, config: config)
        if moved, let position = store.state.position { next.resume(at: position) }
        if next.message == nil { next.message = .info("all \(whole.items.count) items read") }
        store.replace(next)
        store.dispatch(.resized(device.size))
        store.indexing.findDuplicates(next.items)
        store.dispatch(.backgroundWork(store.indexing.note))
    }

    private func loop(_ store: AppStore, adopt: (Result<Workspace, CLIError>) -> Void) {
        var drawnVersion = -1
        var lastPoll = device.now
        func drawIfChanged() {
            if store.takeFullRedraw() { device.invalidate() }
            guard store.version != drawnVersion else { return }
            device.draw(Renderer.render(store.state, theme: theme))
            drawnVersion = store.version
        }
        while !store.state.quitting {
            drawIfChanged()
            let settled = store.isSettled
            // Short waits while a decode is under way, so its thumbnail shows as soon as it lands;
            // 40 ms with a database journal, so another reviewer's verdict shows within 100 ms.
            let idleWait = store.session.stores.notifiesAppends ? 40 : 100
            switch device.nextInput(timeoutMilliseconds: settled ? idleWait : 10, idle: settled) {
            case .key(let key)?: store.dispatch(.key(key))
            case .resize(let width, let height)?: store.dispatch(.resized(TerminalSize(width: width, height: height)))
            case .interrupted?: return drawIfChanged()
            case nil: break
            }
            let pollJournals = device.now - lastPoll >= Self.journalPollInterval || store.session.othersAppended()
            if pollJournals {
                lastPoll = device.now
                store.refreshClaims()
            }
            store.poll(journals: pollJournals)
            if let whole = store.indexing.takeRest(ready: store.state.isBrowsing) { adopt(whole) }
        }
        drawIfChanged()
    }
}
