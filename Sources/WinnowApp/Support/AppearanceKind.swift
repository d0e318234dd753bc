import Foundation

/// Keymaps or themes: where their files live and which are compiled in.
enum AppearanceKind: String {
    case keymap
    case theme

    var fileExtension: String { rawValue }
    var folderName: String { self == .keymap ? "Keymaps" : "Themes" }
    var builtIns: [String: String] { self == .keymap ? BuiltInAppearance.keymaps : BuiltInAppearance.themes }

    /// Files that override a built-in of this name, most personal first.
    func overrides(named name: String) -> [URL] {
        let file = "\(name).\(fileExtension)"
        return [Self.userFolder.appendingPathComponent(file)] + (ResourceLocator.folder(folderName).map { [$0.appendingPathComponent(file)] } ?? [])
    }

    /// Built-in names and those of the files beside them, sorted.
    var knownNames: [String] {
        let folders = [Self.userFolder] + (ResourceLocator.folder(folderName).map { [$0] } ?? [])
        let files = folders.flatMap { (try? FileManager.default.contentsOfDirectory(atPath: $0.path)) ?? [] }
            .filter { $0.hasSuffix("." + fileExtension) }.map { String($0.dropLast(fileExtension.count + 1)) }
        return Set(builtIns.keys).union(files).sorted()
    }

    /// `$XDG_CONFIG_HOME/winnow`, else `~/.config/winnow`.
    static var userFolder: URL {
        let env = ProcessInfo.processInfo.environment
        if let xdg = env["XDG_CONFIG_HOME"], !xdg.isEmpty { return URL(fileURLWithPath: xdg).appendingPathComponent("winnow") }
        let home = env["HOME"] ?? NSHomeDirectory()
        return URL(fileURLWithPath: home).appendingPathComponent(".config/winnow")
    }
}
