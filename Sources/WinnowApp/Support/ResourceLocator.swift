import Foundation

/// Finds a Winnow checkout's Keymaps/, Themes/ and SampleDatasets/ folders: `$WINNOW_HOME`, else
/// the nearest folder holding them above the executable (`swift run` builds inside the checkout),
/// else above the current directory. A copied binary needs none of them.
package enum ResourceLocator {
    package static func folder(_ name: String) -> URL? {
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
}
