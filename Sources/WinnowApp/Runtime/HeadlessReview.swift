import WinnowCanvas
import WinnowUI

/// `review --headless`: the workstation's run loop on a recording terminal, keys from a script;
/// prints the last frame as text, or every frame with the bytes its diff would send.
package enum HeadlessReview {
    package static let defaultSize = TerminalSize(width: 160, height: 48)

    package static func run(_ options: CommonOptions, keymap: Keymap, theme: Theme, script: [TerminalScriptStep],
                            size: TerminalSize = defaultSize, unicode: Bool = true, color: Bool = false) throws(CLIError) -> RecordingTerminal {
        let terminal = RecordingTerminal(size: size, unicode: unicode, monochrome: !color, script: script)
        _ = try Workstation(device: terminal, keymap: keymap, theme: theme).run(options)
        return terminal
    }

    /// The last frame, one line per row; with `frames`, each frame under a `--- frame N` header.
    package static func text(_ terminal: RecordingTerminal, frames: Bool) -> String {
        guard frames else { return terminal.lastFrame?.plainTextLines().joined(separator: "\n") ?? "" }
        return terminal.frames.enumerated().map { index, frame in
            "--- frame \(index + 1) · t=\(frame.time)s · \(frame.bytes) bytes\n" + frame.grid.plainTextLines().joined(separator: "\n")
        }.joined(separator: "\n")
    }

    /// `--size COLSxROWS`.
    package static func parseSize(_ text: String, command: String = "review") throws(CLIError) -> TerminalSize {
        let parts = text.lowercased().split(separator: "x").compactMap { Int($0) }
        guard parts.count == 2, parts[0] > 0, parts[1] > 0, parts[0] <= 1000, parts[1] <= 1000 else {
            throw .usage("--size must be COLSxROWS, e.g. 160x48", command: command)
        }
        return TerminalSize(width: parts[0], height: parts[1])
    }
}
