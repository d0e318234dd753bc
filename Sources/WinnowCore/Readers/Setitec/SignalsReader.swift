import Foundation

/// Reads a folder of Setitec `.xls` drill runs (or one such file) as a dataset: one signal item per
/// file, sorted by file name. In a folder, a file that cannot be read is left out and reported as
/// a dataset issue, and the others still load; a single file that cannot be read is a `ReadError`.
/// Each run gets the auto-labeler's events as its labels (source `auto`).
public enum SignalsReader {
    static let fileExtension = "xls"

    public static func read(_ url: URL, options: ReadOptions) throws(ReadError) -> Dataset {
        guard DatasetDetector.isFolder(url) else { return try readSingleFile(url) }
        let files = DatasetDetector.files(in: url, withExtension: fileExtension)
        guard !files.isEmpty else { throw ReadError("\(url.path): no .\(fileExtension) drill-run files in the folder") }
        return readFolder(url, files: files, progress: options.progress, groups: options.groups ?? [:])
    }

    private static func readSingleFile(_ url: URL) throws(ReadError) -> Dataset {
        switch SetitecReader.readFile(url) {
        case .failure(let failure): throw failure.readError
        case .success(let read):
            let items = [item(url.lastPathComponent, read)]
            return Dataset(source: url, root: url.deletingLastPathComponent(), format: .signals, items: items, issues: [])
        }
    }

    private static func readFolder(_ folder: URL, files: [URL], progress: ReadProgress?, groups: [String: String]) -> Dataset {
        var items: [ReviewItem] = []
        var issues: [Issue] = []
        progress?.expect(files.count)
        for file in files.sorted(by: { $0.lastPathComponent < $1.lastPathComponent }) {
            progress?.starting(file.lastPathComponent)
            switch SetitecReader.readFile(file) {
            case .success(let read):
                var run = item(file.lastPathComponent, read)
                run.metadata["group"] = .string(groups[file.lastPathComponent] ?? FoldAssignment.groupFromFileName(file.lastPathComponent))
                items.append(run)
            case .failure(let failure): issues.append(Issue(.error, "signal.unreadable", failure.reason, location: failure.location))
            }
        }
        return Dataset(source: folder, root: folder, format: .signals, items: GroupConsistency.applied(to: items), issues: issues)
    }

    static func item(_ fileName: String, _ file: SetitecFile) -> ReviewItem {
        ReviewItem(
            id: fileName, kind: .signal, path: fileName, imageURL: nil, width: 0, height: 0,
            labels: SignalEventDetector.labels(for: file.run),
            readIssues: file.issues, metadata: summary(of: file.run), signal: file.run)
    }

    /// What a list shows about a run without opening it.
    static func summary(of run: SignalRun) -> JSONObject {
        var summary = JSONObject()
        summary["version"] = run.firmwareVersion.map { .number(Double($0)) }
        summary["date"] = run.metadata["date"]
        summary["samples"] = .number(Double(run.sampleCount))
        summary["sample_rate"] = run.sampleRate.map(JSONValue.number)
        return summary
    }
}
