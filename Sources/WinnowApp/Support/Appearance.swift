import Foundation
import WinnowUI

/// Loads the keymap and theme the user asked for. The ones in `Keymaps/` and `Themes/` are
/// compiled in; a file of the same name in `$XDG_CONFIG_HOME/winnow/` (else `~/.config/winnow/`)
/// or in the checkout's folders overrides them, and `--keymap FILE` / `--theme FILE` names one
/// directly. An override that does not parse is reported and the built-in one is used; a file
/// named on the command line that does not parse stops the command with `file:line`.
package enum Appearance {
    package static func keymap(_ nameOrPath: String?, warnings: inout [String]) throws(CLIError) -> Keymap {
        try load(nameOrPath ?? "default", .keymap, warnings: &warnings) { text, file, _ in
            Result { () throws(KeymapError) in try Keymap.parse(text, file: file) }.mapError { Problem(message: $0.description) }
                .flatMap { keymap in
                    guard let missing = keymap.missingEssentials.first else { return .success(keymap) }
                    return .failure(Problem(message: "\(file): no key for \(missing.command.id) in context \(missing.context.rawValue)"))
                }
        }
    }

    /// `NO_COLOR` (any value) means mono, whatever theme was asked for.
    package static func theme(_ nameOrPath: String?, noColor: Bool = noColorRequested, warnings: inout [String]) throws(CLIError) -> Theme {
        let name = noColor ? "mono" : (nameOrPath ?? "default")
        return try load(name, .theme, warnings: &warnings) { text, file, themeName in
            Result { () throws(ThemeError) in try Theme.parse(text, name: themeName, file: file) }.mapError { Problem(message: $0.description) }
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

    /// `parse(text, file, name)` gives the value or the `file:line: why` of the first bad line.
    private static func load<T>(_ nameOrPath: String, _ kind: AppearanceKind, warnings: inout [String],
                                parse: (String, String, String) -> Result<T, Problem>) throws(CLIError) -> T {
        if nameOrPath.contains("/") || nameOrPath.hasSuffix("." + kind.fileExtension) {
            let url = URL(fileURLWithPath: nameOrPath)
            return try parse(try read(url), nameOrPath, url.deletingPathExtension().lastPathComponent).mapError { CLIError.usage($0.message) }.get()
        }
        if let url = kind.overrides(named: nameOrPath).first(where: { FileManager.default.fileExists(atPath: $0.path) }) {
            switch parse(try read(url), url.path, nameOrPath) {
            case .success(let value): return value
            case .failure(let problem) where kind.builtIns[nameOrPath] != nil:
                warnings.append("\(problem.message); using the built-in \(nameOrPath) \(kind.rawValue) instead")
            case .failure(let problem): throw .usage(problem.message)
            }
        }
        guard let text = kind.builtIns[nameOrPath] else {
            throw .usage("no \(kind.rawValue) named '\(nameOrPath)' (known: \(kind.knownNames.joined(separator: ", ")))")
        }
        return try parse(text, "built-in \(nameOrPath).\(kind.fileExtension)", nameOrPath).mapError { CLIError.usage($0.message) }.get()
    }

    /// A keymap or theme file's first bad line, as `file:line: why`.
    struct Problem: Error {
        let message: String
    }

    private static func read(_ url: URL) throws(CLIError) -> String {
        guard let data = FileManager.default.contents(atPath: url.path) else { throw .unreadable("\(url.path): cannot read") }
        return String(decoding: data, as: UTF8.self)
    }
}
