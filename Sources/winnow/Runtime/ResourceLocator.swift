import Foundation

/// Finds the project's Keymaps/, Themes/ and SampleDatasets/ folders: `$WINNOW_HOME`, else the
/// nearest folder holding them above the executable (`swift run` builds inside the checkout),
/// else above the current directory.
enum ResourceLocator {
    static func folder(_ name: String) -> URL? {
        for base in candidates() {
            let url = base.appendingPathComponent(name, isDirectory: true)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue { return url }
        }
        return nil
    }

    private static func candidates() -> [URL] {
        var bases: [URL] = []
        if let home = ProcessInfo.processInfo.environment["WINNOW_HOME"] { bases.append(URL(fileURLWithPath: home)) }
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        bases += ancestors(of: executable.deletingLastPathComponent())
        bases += ancestors(of: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        return bases
    }

    private static func ancestors(of url: URL) -> [URL] {
        var result: [URL] = []
        var current = url.standardizedFileURL
        for _ in 0..<8 {
            result.append(current)
            let parent = current.deletingLastPathComponent()
            if parent.path == current.path { break }
            current = parent
        }
        return result
    }

    /// A named file in a folder (`vim` → Keymaps/vim.keymap), or a path as given.
    static func file(named nameOrPath: String, in folderName: String, extension ext: String) throws(CLIError) -> URL {
        if nameOrPath.contains("/") || nameOrPath.hasSuffix("." + ext) {
            return URL(fileURLWithPath: nameOrPath)
        }
        guard let base = folder(folderName) else {
            throw .unreadable("cannot find the \(folderName)/ folder; set WINNOW_HOME to the Winnow checkout")
        }
        let url = base.appendingPathComponent("\(nameOrPath).\(ext)")
        guard FileManager.default.fileExists(atPath: url.path) else {
            let known = (try? FileManager.default.contentsOfDirectory(atPath: base.path))?
                .filter { $0.hasSuffix("." + ext) }.map { String($0.dropLast(ext.count + 1)) }.sorted() ?? []
            throw .usage("no \(ext) named '\(nameOrPath)' (known: \(known.joined(separator: ", ")))")
        }
        return url
    }
}
