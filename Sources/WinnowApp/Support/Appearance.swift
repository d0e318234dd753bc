import Foundation
import WinnowUI

/// Loads the keymap and theme the user asked for. The ones in `Keymaps/` and `Themes/` are
/// compiled in; a file of the same name in `$XDG_CONFIG_HOME/winnow/` (else `~/.config/winnow/`)
/// or in the checkout's folders overrides them, and `--keymap FILE` / `--theme FILE` names one
/// directly. An override that does not parse is reported and the built-in one is used; a file
/// named on the command line that does not parse stops the command with `file:line`.
package enum Appearance {
    package static func keymap(_ nameOrPath: String?, warnings: inout [String]) throws(CLIError) -> Keymap {
        try load(nameOrPath ?? "default", .keymap, warnings: &warnings) { text, file in
            Result { () throws(KeymapError) in try Keymap.parse(text, file: file) }.mapError { CLIError.usage($0.description) }
        }
    }

    /// `NO_COLOR` (any value) means mono, whatever theme was asked for.
    package static func theme(_ nameOrPath: String?, noColor: Bool = noColorRequested, warnings: inout [String]) throws(CLIError) -> Theme {
        let name = noColor ? "mono" : (nameOrPath ?? "default")
        return try load(name, .theme, warnings: &warnings) { text, file in
            let themeName = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
            return Result { () throws(ThemeError) in try Theme.parse(text, name: themeName, file: file) }.mapError { CLIError.usage($0.description) }
        }
    }

    /// The same, with warnings written to stderr.
    package static func keymap(_ nameOrPath: String?) throws(CLIError) -> Keymap {
        var warnings: [String] = []
        defer { warnings.forEach { StandardError.write("warning: \($0)") } }
        return try keymap(nameOrPath, warnings: &warnings)
    }

    package static func theme(_ nameOrPath: String?, noColor: Bool = noColorRequested) throws(CLIError) -> Theme {
        var warnings: [String] = []
        defer { warnings.forEach { StandardError.write("warning: \($0)") } }
        return try theme(nameOrPath, noColor: noColor, warnings: &warnings)
    }

    package static var noColorRequested: Bool { ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false }

    private static func load<T>(_ nameOrPath: String, _ kind: AppearanceKind, warnings: inout [String],
                                parse: (String, String) -> Result<T, CLIError>) throws(CLIError) -> T {
        if nameOrPath.contains("/") || nameOrPath.hasSuffix("." + kind.fileExtension) {
            return try parse(try read(URL(fileURLWithPath: nameOrPath)), nameOrPath).get()
        }
        if let url = kind.overrides(named: nameOrPath).first(where: { FileManager.default.fileExists(atPath: $0.path) }) {
            switch Result(catching: { () throws(CLIError) in try parse(try read(url), url.path).get() }) {
            case .success(let value): return value
            case .failure(let error) where kind.builtIns[nameOrPath] != nil:
                warnings.append("\(error.message); using the built-in \(nameOrPath) \(kind.rawValue) instead")
            case .failure(let error): throw error
            }
        }
        guard let text = kind.builtIns[nameOrPath] else {
            throw .usage("no \(kind.rawValue) named '\(nameOrPath)' (known: \(kind.knownNames.joined(separator: ", ")))")
        }
        return try parse(text, "built-in \(nameOrPath).\(kind.fileExtension)").get()
    }

    private static func read(_ url: URL) throws(CLIError) -> String {
        guard let data = FileManager.default.contents(atPath: url.path) else { throw .unreadable("\(url.path): cannot read") }
        return String(decoding: data, as: UTF8.self)
    }
}
