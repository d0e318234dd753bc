import WinnowCanvas

/// Keys bound to commands per context, read from `Keymaps/*.keymap`:
/// `bind <context> <key> <command-id>`, lines starting with `#` and blank lines ignored.
public struct Keymap: Sendable {
    public private(set) var bindings: [KeymapContext: [KeyEvent: Command]] = [:]
    /// Bindings in file order, for help and the status bar.
    public private(set) var ordered: [(context: KeymapContext, key: KeyEvent, command: Command)] = []
    /// Each command's first key in file order, as notation: the status bar and messages ask for
    /// several on every frame.
    private var firstKeys: [Command: String] = [:]

    public init() {}

    public static func parse(_ text: String, file: String) throws(KeymapError) -> Keymap {
        var keymap = Keymap()
        var firstLine: [KeymapContext: [KeyEvent: Int]] = [:]
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNumber = offset + 1
            let fail = { (message: String) in KeymapError(file: file, line: lineNumber, message: message) }
            let words = raw.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).map(String.init)
            if words.isEmpty || words[0].hasPrefix("#") { continue }
            guard words.count == 4, words[0] == "bind" else {
                throw fail("expected `bind <context> <key> <command-id>`")
            }
            guard let context = KeymapContext(rawValue: words[1]) else {
                throw fail("unknown context '\(words[1])' (known: \(KeymapContext.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            let keys: [KeyEvent]
            do { keys = try KeyNotation.parse(words[2]) } catch { throw fail("bad key '\(words[2])': \(error)") }
            guard keys.count == 1, let key = keys.first else { throw fail("'\(words[2])' is \(keys.count) keys; bind one key") }
            guard let command = Command(id: words[3]) else { throw fail("unknown command '\(words[3])'") }
            if let first = firstLine[context]?[key] {
                throw fail("key \(KeyNotation.name(of: key)) is bound twice in context \(context.rawValue) (first at line \(first))")
            }
            firstLine[context, default: [:]][key] = lineNumber
            keymap.bind(key, to: command, in: context)
        }
        return keymap
    }

    public mutating func bind(_ key: KeyEvent, to command: Command, in context: KeymapContext) {
        bindings[context, default: [:]][key] = command
        ordered.append((context, key, command))
        if firstKeys[command] == nil { firstKeys[command] = KeyNotation.name(of: key) }
    }

    /// The first key bound to a command, as notation; nil when unbound.
    public func firstKey(for command: Command) -> String? { firstKeys[command] }

    /// The command for a key, trying the contexts in order.
    public func resolve(_ key: KeyEvent, in contexts: [KeymapContext]) -> Command? {
        for context in contexts {
            if let command = bindings[context]?[key] { return command }
        }
        return nil
    }

    /// Bindings without which a reviewer could be stuck: leaving a prompt, quitting.
    public static let essentials: [(context: KeymapContext, command: Command)] = [
        (.prompt, .promptSubmit), (.prompt, .promptCancel), (.global, .appQuit), (.loading, .appQuit),
    ]

    /// The essential bindings this keymap lacks.
    public var missingEssentials: [(context: KeymapContext, command: Command)] {
        Self.essentials.filter { need in !ordered.contains { $0.context == need.context && $0.command == need.command } }
    }

    /// The keys bound to a command, in file order, as notation (`a`, `<Space>`).
    public func keys(for command: Command) -> [String] {
        ordered.filter { $0.command == command }.map { KeyNotation.name(of: $0.key) }
    }
}
