import Foundation
import WinnowCanvas
import WinnowCore
import WinnowTerminal
import WinnowUI

/// The workstation's run loop: one thread does all terminal I/O; decodes run in the background
/// and come back through the store's poll.
enum InteractiveReview {
    /// How often other reviewers' journal lines are picked up.
    static let journalPollInterval: TimeInterval = 0.5

    static func run(options: CommonOptions, keymap: Keymap, theme requested: Theme) throws(CLIError) -> ExitCode {
        let screen: TerminalScreen
        do {
            screen = try TerminalScreen(options: TerminalOptions(forceMono: requested.isMonochrome))
        } catch {
            throw .unreadable(error.description)
        }
        defer { screen.restore() }
        let theme = screen.colorMode == .mono ? requested.monochrome() : requested
        guard let session = try BackgroundLoad.run(options, screen: screen, theme: theme) else { return .ok }
        let display = DisplayOptions(unicode: screen.unicode, color: screen.colorMode != .mono && !theme.isMonochrome)
        let size = TerminalSize(width: screen.size.width, height: screen.size.height)
        var state = ReviewCommand.initialState(session, keymap: keymap, size: size, display: display, thresholds: try options.thresholds(for: session),
                                               options: options)
        if !screen.unicode { state.message = .error("no UTF-8 locale: showing ASCII only (set LANG=C.UTF-8 for the full display)") }
        let store = AppStore(state: state, session: session, decodesInline: false)
        store.dispatch(.resized(size))
        loop(store, screen: screen, theme: theme)
        store.releaseClaims()
        return .ok
    }

    private static func loop(_ store: AppStore, screen: TerminalScreen, theme: Theme) {
        var drawnVersion = -1
        var lastJournalPoll = Date()
        while !store.state.quitting {
            if store.takeFullRedraw() { screen.invalidate() }
            if store.version != drawnVersion {
                screen.draw(Renderer.render(store.state, theme: theme))
                drawnVersion = store.version
            }
            // Short waits while a decode is under way, so its thumbnail shows as soon as it lands.
            let timeout = store.loader.isBusy ? 10 : 100
            switch screen.nextInput(timeoutMilliseconds: timeout) {
            case .key(let key)?: store.dispatch(.key(key))
            case .resize(let width, let height)?: store.dispatch(.resized(TerminalSize(width: width, height: height)))
            case .interrupted?: return
            case nil: break
            }
            let pollJournals = Date().timeIntervalSince(lastJournalPoll) >= journalPollInterval
            if pollJournals {
                lastJournalPoll = Date()
                store.refreshClaims()
            }
            store.poll(journals: pollJournals)
        }
    }
}
