import Foundation
import WinnowUI

/// Loads the keymap and theme the user asked for.
enum Appearance {
    static func keymap(_ nameOrPath: String?) throws(CLIError) -> Keymap {
        let url = try ResourceLocator.file(named: nameOrPath ?? "default", in: "Keymaps", extension: "keymap")
        let text = try read(url)
        do {
            return try Keymap.parse(text, file: url.path)
        } catch {
            throw .usage(error.description)
        }
    }

    /// `NO_COLOR` (any value) means mono, whatever theme was asked for.
    static func theme(_ nameOrPath: String?) throws(CLIError) -> Theme {
        let noColor = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        let name = noColor ? "mono" : (nameOrPath ?? "default")
        let url = try ResourceLocator.file(named: name, in: "Themes", extension: "theme")
        let text = try read(url)
        do {
            return try Theme.parse(text, name: url.deletingPathExtension().lastPathComponent, file: url.path)
        } catch {
            throw .usage(error.description)
        }
    }

    private static func read(_ url: URL) throws(CLIError) -> String {
        guard let data = FileManager.default.contents(atPath: url.path) else { throw .unreadable("\(url.path): cannot read") }
        return String(decoding: data, as: UTF8.self)
    }
}
