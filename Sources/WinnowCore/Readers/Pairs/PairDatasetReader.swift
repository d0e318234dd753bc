import Foundation

/// Reads seed 002's training sessions: a folder of `session-STAMP/` folders, each holding
/// `original-STAMP.jpg`, `reimagined-STAMP.jpg` and `metadata-STAMP.json`, beside a
/// `training-log.jsonl` of one line per session. Each session is an item (its id the folder's
/// name); a session missing an image still loads, with an error. Problems (a file the metadata
/// names that is not there, sizes that disagree with the files, a log line without a folder, a
/// folder without a log line, metadata that is not JSON) are reported by file and the rest loads.
public enum PairDatasetReader {
    public static let logName = "training-log.jsonl"
    static let sessionPrefix = "session-"

    public static func read(_ folder: URL, options: ReadOptions) throws(ReadError) -> Dataset {
        guard DatasetDetector.isFolder(folder) else { throw ReadError("\(folder.path): image pairs are a folder of session-* folders") }
        var issues: [Issue] = []
        let log = PairTrainingLog(folder.appendingPathComponent(logName), issues: &issues)
        var items: [ReviewItem] = []
        let root = folder.resolvingSymlinksInPath().path + "/"
        for session in sessions(in: folder) {
            let name = session.lastPathComponent
            guard session.resolvingSymlinksInPath().path.hasPrefix(root) else {
                issues.append(Issue(.error, "pair.outside", "a symbolic link out of the dataset folder; skipped", location: name))
                continue
            }
            items.append(PairSession.read(session, logLine: log.lines[name]))
            if log.exists, log.lines[name] == nil {
                issues.append(Issue(.warning, "pair.not-logged", "no line in \(logName)", location: name))
            }
        }
        let found = Set(items.map(\.id))
        for (id, line) in log.lines.sorted(by: { $0.value.number < $1.value.number }) where !found.contains(id) {
            issues.append(Issue(.error, "pair.no-folder", "session \(id) has no folder", location: "\(logName):\(line.number)"))
        }
        guard !items.isEmpty || !issues.isEmpty else { throw ReadError("\(folder.path): no session-* folders") }
        return Dataset(source: folder, root: folder, format: .pairs, items: items, issues: issues)
    }

    /// A folder with a training log, or with a `session-*` folder holding an original or metadata.
    public static func looksLikePairs(_ folder: URL) -> Bool {
        if FileManager.default.fileExists(atPath: folder.appendingPathComponent(logName).path) { return true }
        return sessions(in: folder).contains { session in
            DatasetDetector.visibleEntries(of: session).contains {
                let name = $0.lastPathComponent
                return name.hasPrefix("original-") || name.hasPrefix("metadata-")
            }
        }
    }

    static func sessions(in folder: URL) -> [URL] {
        DatasetDetector.subfolders(of: folder).filter { $0.lastPathComponent.hasPrefix(sessionPrefix) }
    }
}
