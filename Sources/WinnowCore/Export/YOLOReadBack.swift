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
        let results = plan.entries.concurrentMap { entry in
            var issues: [Issue] = []
            let name = ExportLayout.yoloLabelFile(plan, entry)
            let labels = YOLOLabelFile.read(folder.appendingPathComponent(name), location: name, width: entry.width, height: entry.height,
                                            classes: classes, issues: &issues)
            return (labels, issues.first { $0.severity != .info })
        }
        if let problem = results.lazy.compactMap(\.1).first {
            throw ExportError("\(problem.location ?? "labels/"): reads back with a problem: \(problem.message)")
        }
        for (entry, result) in zip(plan.entries, results) {
            let item = ReviewItem(id: entry.stem, kind: .screenshot, path: entry.imageName, imageURL: nil, width: entry.width, height: entry.height,
                                  labels: result.0)
            try ExportReadBack.compare([entry], [item], plan, file: ExportLayout.yoloLabelFile(plan, entry),
                                       tolerance: 2e-6 * Double(max(entry.width, entry.height)) + 1e-3)
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
