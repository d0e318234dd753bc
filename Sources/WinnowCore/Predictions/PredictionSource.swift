import Foundation

/// One `--predictions` argument: `PATH` (named by its stem) or `NAME=PATH`.
public struct PredictionSource: Equatable, Sendable {
    public var name: String
    public var url: URL

    public init(name: String, url: URL) {
        self.name = name
        self.url = url
    }

    /// `NAME=PATH` when the text before `=` is a plain name and the whole text is not itself a
    /// file; a folder called `labels` (as Ultralytics writes it) is named after its parent.
    public init(argument: String) {
        if let equals = argument.firstIndex(of: "="), !FileManager.default.fileExists(atPath: argument) {
            let name = String(argument[..<equals])
            if !name.isEmpty, !name.contains("/") {
                self.init(name: name, url: URL(fileURLWithPath: String(argument[argument.index(after: equals)...])))
                return
            }
        }
        let url = URL(fileURLWithPath: argument).standardizedFileURL
        let named = url.lastPathComponent == "labels" ? url.deletingLastPathComponent() : url
        self.init(name: named.deletingPathExtension().lastPathComponent, url: url)
    }
}
