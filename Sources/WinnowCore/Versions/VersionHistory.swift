import Foundation

/// The versions of a workspace: `versions.jsonl` in its state folder, one line per version,
/// appended and never rewritten. A line that does not read is reported and skipped.
public struct VersionHistory: Sendable {
    public static let fileName = "versions.jsonl"
    public private(set) var versions: [DatasetVersion] = []
    public private(set) var problems: [String] = []
    let url: URL

    public init(stateDirectory: URL) {
        url = stateDirectory.appendingPathComponent(Self.fileName)
        guard let data = FileManager.default.contents(atPath: url.path) else { return }
        for (n, line) in String(decoding: data, as: UTF8.self).split(separator: "\n").enumerated() {
            if let value = try? JSONParser.parse(String(line)), let version = DatasetVersion(value) {
                versions.append(version)
            } else {
                problems.append("\(url.path):\(n + 1): not a version record; skipped")
            }
        }
    }

    public func version(_ number: String) -> DatasetVersion? { versions.first { $0.number == number } }

    /// The source files that differ from the version's (changed, gone or new), by relative path.
    public static func changedFiles(since version: DatasetVersion, _ workspace: Workspace) throws(ReadError) -> [String] {
        try SourceFiles.changed(since: version, workspace)
    }

    /// Records the next version (1.0 first) of the session as it stands now.
    public mutating func create(_ session: CurationSession, message: String, major: Bool, time: String) throws(ReadError) -> DatasetVersion {
        let number = versions.last?.next(major: major) ?? "1.0"
        let positions = Dictionary(uniqueKeysWithValues: session.workspace.datasets.indices.map {
            (session.workspace.datasets[$0].name, session.journalEnd(ofDataset: $0))
        })
        let version = DatasetVersion(number: number, message: message, reviewer: session.reviewer, time: time, positions: positions,
                                     files: try SourceFiles.hashes(session.workspace))
        guard StateFile.append(Array(JSONWriter.string(version.json).utf8) + [0x0A], to: url) else {
            throw ReadError("\(url.path): cannot record the version (\(SystemCalls.describe(SystemCalls.lastError)))")
        }
        versions.append(version)
        return version
    }
}
