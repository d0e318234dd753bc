import Foundation

/// Reads a YOLO export back with the YOLO reader's own parts: its `data.yaml` parser (the names
/// must be the plan's categories in order) and its label-file reader (every line a known class,
/// values in [0, 1], boxes equal to the plan's within the six decimals' rounding: half a
/// millionth per edge, one more for an odd sum of edges). Label files are read on every core;
/// image presence and sizes were checked already, so headers are not read a second time.
enum YOLOReadBack {
    /// The written `data.yaml` names the final folder as `path`; the read-back copy names the staging folder.
    static let yamlName = ".winnow-readback.yaml"

    static func verify(_ plan: ExportPlan, folder: URL) throws(ExportError) {
        let config = try readConfig(plan, folder: folder)
        let classes = config.classes
        // Each file compared as it is read: 1M boxes read back are not held at once.
        let found = plan.entries.concurrentMap { entry -> (problem: String?, mismatch: String?) in
            var issues: [Issue] = []
            let name = ExportLayout.yoloLabelFile(plan, entry)
            let labels = YOLOLabelFile.read(folder.appendingPathComponent(name), location: name, width: entry.width, height: entry.height,
                                            classes: classes, issues: &issues)
            if let problem = issues.first(where: { $0.severity != .info }) {
                return ("\(problem.location ?? "labels/"): reads back with a problem: \(problem.message)", nil)
            }
            let item = ReviewItem(id: entry.stem, kind: .screenshot, path: entry.imageName, imageURL: nil, width: entry.width, height: entry.height,
                                  labels: labels)
            do throws(ExportError) {
                try ExportReadBack.compare([entry], [item], plan, file: name, tolerance: 2e-6 * Double(max(entry.width, entry.height)) + 1e-3)
                return (nil, nil)
            } catch {
                return (nil, error.message)
            }
        }
        // A file that does not read is told before one that reads otherwise.
        if let problem = found.lazy.compactMap(\.problem).first ?? found.lazy.compactMap(\.mismatch).first { throw ExportError(problem) }
    }

    /// `folds/fold-N/{train,val}.txt`: each image once per fold, in val for its own fold, every
    /// listed path (the final folder's, found here in the staging folder) present.
    static func verifyFolds(_ plan: ExportPlan, folder: URL, outputPath: String) throws(ExportError) {
        guard let folds = plan.options.folds else { return }
        for fold in 0..<folds {
            let lists = try ["train", "val"].map { part throws(ExportError) in
                try ExportReadBack.text(folder, "folds/fold-\(fold)/\(part).txt").split(separator: "\n").map(String.init)
            }
            let expectedVal = plan.entries.filter { $0.fold == fold }.count
            guard lists[1].count == expectedVal, lists[0].count + lists[1].count == plan.entries.count else {
                throw ExportError("folds/fold-\(fold): lists \(lists[0].count) train and \(lists[1].count) val images, "
                                  + "written \(plan.entries.count - expectedVal) and \(expectedVal)")
            }
            let staged = (lists[0] + lists[1]).map { $0.hasPrefix(outputPath + "/") ? folder.path + $0.dropFirst(outputPath.count) : $0 }
            var listed = ListedEntries(FolderListings(limit: 2 * staged.count + 1_024))
            if let missing = staged.first(where: { !listed.exists($0) }) {
                throw ExportError("folds/fold-\(fold): lists \(missing), which is not there")
            }
        }
    }

    private static func readConfig(_ plan: ExportPlan, folder: URL) throws(ExportError) -> YOLODataConfig {
        let yaml = folder.appendingPathComponent(yamlName)
        let context = ExportContext(outputPath: folder.path, filter: "", stateTime: nil, sourceRoot: folder)
        do { try Data(YOLOExport.dataYAML(plan, context: context, lists: nil).utf8).write(to: yaml) }
        catch { throw ExportError("data.yaml: cannot be read back (\(error.localizedDescription))") }
        defer { try? FileManager.default.removeItem(at: yaml) }
        let config = YOLODataConfig.read(yaml)
        if let problem = config.issues.first(where: { $0.severity != .info }) {
            throw ExportError("data.yaml: reads back with a problem: \(problem.message)")
        }
        let names = plan.categories.indices.map { config.classes.category(of: $0) }
        guard names == plan.categories, config.classes.category(of: plan.categories.count) == nil else {
            throw ExportError("data.yaml: names read back as \(names.map { $0 ?? "?" }), written as \(plan.categories)")
        }
        return config
    }
}
