import Foundation
import WinnowCanvas
import WinnowCore
import WinnowUI

/// `--headless`: keys from a script, effects run in line (journal appends included), then the
/// final screen printed as plain text, one line per row.
enum HeadlessReview {
    static let defaultSize = TerminalSize(width: 160, height: 48)

    static func run(_ args: ParsedArguments, options: CommonOptions, keymap: Keymap, theme: Theme) throws(CLIError) -> ExitCode {
        let session = try options.open()
        let keys = try scriptKeys(args)
        let size = try args["size"].map(parseSize) ?? defaultSize
        let display = DisplayOptions(unicode: !args.has("ascii"), color: args.has("color") && !theme.isMonochrome)
        let state = ReviewCommand.initialState(session, keymap: keymap, size: size, display: display, thresholds: try options.thresholds(for: session),
                                               options: options)
        let store = AppStore(state: state, session: session, decodesInline: true)
        store.dispatch(.resized(size))
        for key in keys {
            if store.state.quitting { break }
            store.dispatch(.key(key))
        }
        store.releaseClaims()
        let grid = Renderer.render(store.state, theme: theme)
        print(grid.plainTextLines().joined(separator: "\n"))
        return .ok
    }

    private static func scriptKeys(_ args: ParsedArguments) throws(CLIError) -> [KeyEvent] {
        let text: String
        if let inline = args["keys-string"] {
            text = inline
        } else if let file = args["keys"] {
            guard let data = FileManager.default.contents(atPath: file) else { throw .unreadable("\(file): cannot read the key script") }
            text = String(decoding: data, as: UTF8.self)
        } else {
            throw .usage("--headless needs --keys FILE or --keys-string KEYS", command: "review")
        }
        // Line breaks in a script file separate keys like spaces do.
        let joined = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        do {
            return try KeyNotation.parse(joined)
        } catch {
            throw .usage("bad key script: \(error)", command: "review")
        }
    }

    static func parseSize(_ text: String) throws(CLIError) -> TerminalSize {
        let parts = text.lowercased().split(separator: "x").compactMap { Int($0) }
        guard parts.count == 2, parts[0] > 0, parts[1] > 0, parts[0] <= 1000, parts[1] <= 1000 else {
            throw .usage("--size must be COLSxROWS, e.g. 160x48", command: "review")
        }
        return TerminalSize(width: parts[0], height: parts[1])
    }
}
