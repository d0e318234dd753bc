import WinnowCanvas

/// The open screen, so the exit hook can give the terminal back.
nonisolated(unsafe) private weak var openTerminalScreen: TerminalScreen?

/// The terminal Winnow draws on: opens ncurses, reads keys, draws grids, and hands the terminal
/// back. Curses has one current screen per process, so only one TerminalScreen may be open at a
/// time, and all calls must come from one thread.
public final class TerminalScreen {
    /// False without a UTF-8 locale: callers should degrade to ASCII and warn.
    public private(set) var unicode: Bool
    public private(set) var colorMode: ColorMode

    private let session: Curses.Session
    private let signals: TerminalSignals
    private let painter: GridPainter
    private let keys = CursesKeyTranslator(keyName: Curses.keyName)

    /// Longest a blocking read waits before checking for SIGINT/SIGTERM again.
    private static let signalPollMilliseconds = 100
    /// Stay well below ncurses' limits: pairs above ~65k crashed ncurses 6.4 in direct mode.
    private static let pairBudget = 30_000

    public init(options: TerminalOptions) throws(TerminalError) {
        guard openTerminalScreen == nil else {
            throw TerminalError("cannot open the terminal: another TerminalScreen is still open")
        }
        // ncursesw needs a UTF-8 locale to work at all; what is drawn follows the user's locale.
        let localeWorks = Curses.selectUTF8Locale()
        unicode = localeWorks && (options.forceUnicode || LocaleChoice.namesUTF8(Curses.environmentVariables))
        signals = TerminalSignals()   // before newterm, so ncurses keeps its own handlers out
        session = try Curses.openSession(output: options.output, inputDescriptor: options.inputDescriptor)
        Curses.configure(escapeDelayMilliseconds: options.escapeDelayMilliseconds)
        if case .file(_, _, let width, let height) = options.output { Curses.resize(width: width, height: height) }

        let palette = options.forceMono ? nil : Curses.startColors()
        colorMode = palette.map { ColorMode(paletteSize: $0.colors) } ?? .mono
        let mapper = TerminalColorMapper(mode: colorMode, paletteSize: palette?.colors ?? 0,
                                         hasDefaultColors: palette?.hasDefaultColors ?? false)
        let pairs = ColorPairTable(budget: min(Self.pairBudget, (palette?.pairs ?? 1) - 1),
                                   define: Curses.definePair)
        painter = GridPainter(colors: mapper, attributes: Curses.attributeBits, pairs: pairs, asciiOnly: !unicode)
        openTerminalScreen = self
        _ = Self.registerExitHook
    }

    deinit {
        restore()
        Curses.close(session)
    }

    public var size: (width: Int, height: Int) { Curses.size }

    /// The signal that ended the input (SIGINT, SIGTERM or SIGHUP), once one has.
    public private(set) var endingSignal: Int32?

    private func interrupted(by signal: Int32) -> TerminalInput {
        endingSignal = signal
        return .interrupted
    }

    /// The next key, resize or interruption; nil when `timeoutMilliseconds` pass without one
    /// (a negative timeout waits indefinitely).
    public func nextInput(timeoutMilliseconds: Int) -> TerminalInput? {
        var remaining = timeoutMilliseconds
        while true {
            if let signal = signals.takePendingSignal() { return interrupted(by: signal) }
            let slice = remaining < 0 ? Self.signalPollMilliseconds : min(remaining, Self.signalPollMilliseconds)
            if let raw = Curses.readKey(timeoutMilliseconds: slice) {
                if let input = input(from: raw) { return input }
                continue   // something Winnow has no name for: keep waiting
            }
            if let signal = signals.takePendingSignal() { return interrupted(by: signal) }
            if remaining >= 0 {
                remaining -= slice
                if remaining <= 0 { return nil }
            }
        }
    }

    /// Draws the grid, sending only cells that changed since the last draw.
    public func draw(_ grid: Grid) {
        painter.draw(grid)
    }

    /// The next draw repaints everything (after a resize, or when the screen got garbled).
    public func invalidate() {
        painter.invalidate()
    }

    /// After another program had the terminal: repaint everything, and forget the Ctrl-C it took.
    public func resumeAfterProgram() {
        signals.forgetInterrupt()
        invalidate()
    }

    /// Gives the terminal back (endwin). Idempotent; a later draw re-enters curses mode.
    public func restore() {
        Curses.end()
    }

    /// Bytes written to a `.file` output so far; 0 for a terminal.
    public var bytesWritten: Int { Curses.bytesWritten(session) }

    private func input(from raw: CursesRawKey) -> TerminalInput? {
        switch raw {
        case .code(Curses.resizeKeyCode):
            invalidate()
            let size = self.size
            return .resize(width: size.width, height: size.height)
        case .character(27):
            return .key(escapeOrAlt())
        default:
            return keys.event(for: raw).map(TerminalInput.key)
        }
    }

    /// ncurses has already waited the escape delay for a known sequence, so whatever came in
    /// with the ESC is waiting now: that is Alt+key. Nothing waiting means a lone Escape.
    private func escapeOrAlt() -> KeyEvent {
        guard let next = Curses.readKey(timeoutMilliseconds: 0) else { return KeyEvent(.escape) }
        if next == .character(27) {
            Curses.unread(27)   // two Escape presses, not Alt+Escape
            return KeyEvent(.escape)
        }
        guard var event = keys.event(for: next) else { return KeyEvent(.escape) }
        event.modifiers.insert(.alt)
        return event
    }

    /// Gives the terminal back when the program exits without calling restore().
    private static let registerExitHook: Void = {
        Curses.atExit { openTerminalScreen?.restore() }
    }()
}
