import Foundation

/// Opens what the user named on the command line: one dataset, or a folder of datasets whose
/// items are reviewed together with ids qualified as `folder/id`.
public enum WorkspaceLoader {
    public static func load(path: String, options: ReadOptions) throws(ReadError) -> Workspace {
        let url = URL(fileURLWithPath: (path as NSString).expandingTildeInPath).standardizedFileURL
        guard FileManager.default.fileExists(atPath: url.path) else { throw ReadError("\(path): no such file or folder") }
        guard FileManager.default.isReadableFile(atPath: url.path) else { throw ReadError("\(path): not readable") }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue, !SystemCalls.isRegularFile(url.path) {
            throw ReadError("\(path): not a regular file (a FIFO, device or socket); not read")  // reading a FIFO would wait forever
        }
        guard let format = options.format ?? DatasetDetector.detect(url) else {
            throw ReadError("\(path): not a dataset Winnow can read (looked for manifest.jsonl, *.xml, a COCO .json, data.yaml, or sub-folders that are datasets)")
        }
        if format == .workspace {
            if options.predictions != nil { throw ReadError("\(path): --predictions goes with one dataset, not a folder of datasets") }
            return loadFolderOfDatasets(url)
        }
        var dataset = try format.readDataset(at: url, options: options)
        if let predictions = options.predictions, format != .text {  // a text reader aligns its own predictions
            dataset = try PredictionLoader.attach(predictions, to: dataset)
        }
        return Workspace(root: dataset.root, datasets: [dataset], issues: [], qualifyIDs: false)
    }

    /// Each visible sub-folder that is a dataset is read, in name order. One that fails to read
    /// becomes a workspace issue and the rest still load. `--images` is not applied here: it names
    /// one dataset's images.
    private static func loadFolderOfDatasets(_ folder: URL) -> Workspace {
        var datasets: [Dataset] = []
        var issues: [Issue] = []
        for subfolder in DatasetDetector.subfolders(of: folder) {
            let name = subfolder.lastPathComponent
            guard let format = DatasetDetector.singleDatasetFormat(inFolder: subfolder) else {
                if let issue = skippedFolderIssue(subfolder) { issues.append(issue) }
                continue
            }
            do {
                datasets.append(try format.readDataset(at: subfolder, options: ReadOptions()))
            } catch {
                issues.append(Issue(.error, "workspace.dataset-failed", "\(format.rawValue) dataset not loaded: \(error.message)", location: name))
            }
        }
        return Workspace(root: folder, datasets: datasets, issues: issues, qualifyIDs: true)
    }

    /// Folders without data are skipped silently; those that hold data files or are themselves
    /// folders of datasets are mentioned, so nothing is left out unnoticed.
    private static func skippedFolderIssue(_ subfolder: URL) -> Issue? {
        let name = subfolder.lastPathComponent
        if DatasetDetector.isWorkspace(subfolder) {
            return Issue(.info, "workspace.nested", "a folder of datasets inside a folder of datasets is not read; open it by itself", location: name)
        }
        if DatasetDetector.containsDataFiles(subfolder) {
            return Issue(.warning, "workspace.not-a-dataset", "holds data files but no format Winnow recognizes; skipped", location: name)
        }
        return nil
    }
}
