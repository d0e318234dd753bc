import CNcursesw
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Every ncurses and stdio call WinnowTerminal makes, so the rest of the module reads as Swift.
/// Curses keeps one current screen per process: these act on it.
enum Curses {
    /// An open ncurses screen and the streams it talks to.
    struct Session {
        let screen: OpaquePointer
        let output: UnsafeMutablePointer<FILE>
        let input: UnsafeMutablePointer<FILE>
        let ownsOutput: Bool
        let ownsInput: Bool
    }

    /// The palette `start_color` reported.
    struct Palette {
        let colors: Int
        let pairs: Int
        /// `use_default_colors` worked: -1 means the terminal's own foreground/background.
        let hasDefaultColors: Bool
    }

    // MARK: Opening and closing

    /// Selects the user's locale, falling back to C.UTF-8; false if no UTF-8 locale is available.
    static func selectUTF8Locale() -> Bool {
        setlocale(LC_ALL, "")
        if winnow_locale_is_utf8() != 0 { return true }
        setlocale(LC_ALL, "C.UTF-8")
        return winnow_locale_is_utf8() != 0
    }

    static func openSession(output: TerminalOutput, inputDescriptor: Int32?) throws(TerminalError) -> Session {
        let input = try openInput(inputDescriptor, fallbackToNull: output != .standard)
        let out: UnsafeMutablePointer<FILE>, termType: String?
        switch output {
        case .standard:
            (out, termType) = (winnow_stdout(), nil)
        case .file(let path, let type, _, _):
            guard let file = fopen(path, "w") else {
                closeIfOwned(input)
                throw TerminalError("cannot open the terminal: cannot write \(path)")
            }
            (out, termType) = (file, type)
        }
        let screen = termType.withOptionalCString { newterm($0, out, input.file) }
        guard let screen else {
            closeIfOwned(input)
            if output != .standard { fclose(out) }
            throw TerminalError("cannot open the terminal: TERM=\(termType ?? environment("TERM") ?? "(unset)") "
                + "is unknown or not usable (no terminfo entry?)")
        }
        let session = Session(screen: screen, output: out, input: input.file,
                              ownsOutput: output != .standard, ownsInput: input.owned)
        guard winnow_has_string_capability("cup") != 0 else {
            end()
            close(session)
            throw TerminalError("cannot open the terminal: TERM=\(termType ?? environment("TERM") ?? "(unset)") "
                + "cannot move the cursor; set TERM to your terminal's type (e.g. xterm-256color)")
        }
        return session
    }

    /// Deletes the screen and closes the streams Winnow opened. Call `end()` first.
    static func close(_ session: Session) {
        delscreen(session.screen)
        if session.ownsOutput { fclose(session.output) }
        if session.ownsInput { fclose(session.input) }
    }

    /// Leaves curses mode (the terminal works as a shell again); harmless when already left.
    static func end() {
        if !isendwin() { endwin() }
    }

    /// Raw keys, no echo, no newline translation, hidden cursor, short ESC delay.
    static func configure(escapeDelayMilliseconds: Int) {
        let window = winnow_stdscr()
        cbreak()
        noecho()
        nonl()
        keypad(window, true)
        intrflush(window, false)
        leaveok(window, true)   // no cursor move after each update: fewer bytes
        scrollok(window, false)
        curs_set(0)
        set_escdelay(Int32(clamping: escapeDelayMilliseconds))
        defineCursorKeyFallbacks()
    }

    static func startColors() -> Palette? {
        guard has_colors(), start_color() == OK else { return nil }
        let defaults = use_default_colors() == OK
        return Palette(colors: Int(winnow_colors()), pairs: Int(winnow_color_pairs()), hasDefaultColors: defaults)
    }

    static func resize(width: Int, height: Int) {
        resize_term(Int32(clamping: height), Int32(clamping: width))   // not resizeterm: no KEY_RESIZE queued
    }

    static var size: (width: Int, height: Int) { (Int(winnow_cols()), Int(winnow_lines())) }

    /// Bytes written to the output so far (meaningful for files; 0 for a tty).
    static func bytesWritten(_ session: Session) -> Int {
        fflush(session.output)
        return max(0, Int(lseek(fileno(session.output), 0, SEEK_CUR)))
    }

    // MARK: Keys

    static func readKey(timeoutMilliseconds: Int) -> CursesRawKey? {
        let window = winnow_stdscr()
        wtimeout(window, Int32(clamping: timeoutMilliseconds))
        var value: wint_t = 0
        switch wget_wch(window, &value) {
        case OK: return .character(UInt32(value))
        case KEY_CODE_YES: return .code(Int32(bitPattern: UInt32(value)))
        default: return nil
        }
    }

    static func unread(_ character: UInt32) {
        unget_wch(wchar_t(bitPattern: character))
    }

    static func keyName(_ code: Int32) -> String? {
        keyname(code).map { String(cString: $0) }
    }

    static let resizeKeyCode = winnow_key_resize()

    /// Terminals that ignore keypad-transmit mode send CSI instead of SS3 cursor keys
    /// (and screen/rxvt send their own home/end); teach curses those when terminfo did not.
    private static func defineCursorKeyFallbacks() {
        let fallbacks: [(String, Int32)] = [
            ("\u{1B}[A", KEY_UP), ("\u{1B}[B", KEY_DOWN), ("\u{1B}[C", KEY_RIGHT), ("\u{1B}[D", KEY_LEFT),
            ("\u{1B}OA", KEY_UP), ("\u{1B}OB", KEY_DOWN), ("\u{1B}OC", KEY_RIGHT), ("\u{1B}OD", KEY_LEFT),
            ("\u{1B}[H", KEY_HOME), ("\u{1B}[F", KEY_END), ("\u{1B}OH", KEY_HOME), ("\u{1B}OF", KEY_END),
            ("\u{1B}[1~", KEY_HOME), ("\u{1B}[4~", KEY_END), ("\u{1B}[7~", KEY_HOME), ("\u{1B}[8~", KEY_END),
        ]
        for (sequence, code) in fallbacks where key_defined(sequence) == 0 {
            define_key(sequence, code)
        }
    }

    // MARK: Drawing

    /// Stores one cell in curses' screen image. Writing the bottom-right cell reports ERR
    /// (the cursor cannot advance) but the cell is stored, so the result is ignored.
    static func putCell(y: Int, x: Int, text: UnsafePointer<wchar_t>, attributes: attr_t, pair: Int32) {
        _ = winnow_put_cell(Int32(y), Int32(x), text, attributes, pair)
    }

    /// Blanks curses' screen image; only real differences reach the terminal.
    static func erase() { werase(winnow_stdscr()) }

    /// The next update clears the terminal and sends every cell.
    static func forceFullRepaint() { clearok(winnow_curscr(), true) }

    static func update() {
        wnoutrefresh(winnow_stdscr())
        doupdate()
    }

    static func definePair(_ pair: Int32, foreground: Int32, background: Int32) -> Bool {
        init_extended_pair(pair, foreground, background) == OK
    }

    static func resetPairs() { reset_color_pairs() }

    static let attributeBits = CursesAttributeBits(
        bold: winnow_attr_bold(), dim: winnow_attr_dim(), italic: winnow_attr_italic(),
        underline: winnow_attr_underline(), reverse: winnow_attr_reverse(), blink: winnow_attr_blink())

    static func atExit(_ body: @escaping @convention(c) () -> Void) { atexit(body) }

    // MARK: Helpers

    private static func openInput(_ descriptor: Int32?, fallbackToNull: Bool) throws(TerminalError)
        -> (file: UnsafeMutablePointer<FILE>, owned: Bool)
    {
        if let descriptor {
            let copy = dup(descriptor)
            guard copy >= 0, let file = fdopen(copy, "r") else {
                throw TerminalError("cannot open the terminal: cannot read input descriptor \(descriptor)")
            }
            return (file, true)
        }
        guard fallbackToNull else { return (winnow_stdin(), false) }
        guard let file = fopen("/dev/null", "r") else { throw TerminalError("cannot open /dev/null") }
        return (file, true)
    }

    private static func closeIfOwned(_ input: (file: UnsafeMutablePointer<FILE>, owned: Bool)) {
        if input.owned { fclose(input.file) }
    }

    private static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// The locale variables, for deciding what to draw.
    static var environmentVariables: [String: String] {
        var values: [String: String] = [:]
        for name in ["LC_ALL", "LC_CTYPE", "LANG"] { values[name] = environment(name) }
        return values
    }
}

private extension Optional where Wrapped == String {
    func withOptionalCString<R>(_ body: (UnsafePointer<CChar>?) -> R) -> R {
        switch self {
        case .some(let string): string.withCString { body($0) }
        case .none: body(nil)
        }
    }
}
