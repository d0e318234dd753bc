import Foundation

/// Reads every `--predictions` source beside a dataset and gives each item its `ModelOutput`.
/// What a source is, is told by its content: a JSON array is a COCO results file, a JSON object
/// one image's predictions; a folder holds per-image `.txt` (YOLO, also in its `labels/`) or `.json` files.
public enum PredictionLoader {
    public static func attach(_ options: PredictionOptions, to dataset: Dataset) throws(ReadError) -> Dataset {
        if dataset.format == .signals { return try attachEvents(options, to: dataset) }
        let targets = PredictionTargets(dataset)
        let names = try classNames(options.classNames, dataset: dataset)
        var dataset = dataset
        var boxes: [String: [PredictedBox]] = [:]
        for source in options.sources {
            let set = try read(source, targets: targets, names: names)
            for (item, found) in set.boxesByItem { boxes[item, default: []] += found }
            dataset.issues += set.issues.map { issue in
                var located = issue
                located.location = "\(source.name): " + (issue.location ?? source.url.lastPathComponent)
                return located
            }
        }
        let models = options.sources.map(\.name)
        for index in dataset.items.indices {
            let item = dataset.items[index].localID
            dataset.items[index].modelOutput = ModelOutput(boxes: boxes[item] ?? [], models: models, iouThreshold: options.iouThreshold)
        }
        return dataset
    }

    /// Drill runs: each model's events from its CSV (`EventPredictionReader`), by run.
    private static func attachEvents(_ options: PredictionOptions, to dataset: Dataset) throws(ReadError) -> Dataset {
        var dataset = dataset
        let runs = Set(dataset.items.map(\.localID))
        var events: [String: [PredictedEvent]] = [:]
        for source in options.sources {
            let read = try EventPredictionReader.read(source.url, model: source.name, runs: runs)
            for (run, found) in read.events { events[run, default: []] += found }
            dataset.issues += read.issues
        }
        for index in dataset.items.indices { dataset.items[index].predictedEvents = events[dataset.items[index].localID] ?? [] }
        return dataset
    }

    public static func read(_ source: PredictionSource, dataset: Dataset, classNames: URL? = nil) throws(ReadError) -> PredictionSet {
        try read(source, targets: PredictionTargets(dataset), names: Self.classNames(classNames, dataset: dataset))
    }

    static func read(_ source: PredictionSource, targets: PredictionTargets, names: [String: String]) throws(ReadError) -> PredictionSet {
        var set = PredictionSet(name: source.name)
        let url = source.url
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
            throw ReadError("\(url.path): no such file or folder (--predictions)")
        }
        if !isFolder.boolValue {
            try readFile(url, into: &set, targets: targets, names: names)
            return set
        }
        let (texts, jsons) = files(in: url)
        if texts.count >= jsons.count {
            if texts.isEmpty { throw ReadError("\(url.path): no prediction files (.txt or .json) in the folder") }
            for file in texts { YOLOPredictionReader.read(file, into: &set, targets: targets, names: names) }
        } else {
            for file in jsons { PerImagePredictionReader.read(file, into: &set, targets: targets) }
        }
        return set
    }

    private static func readFile(_ url: URL, into set: inout PredictionSet, targets: PredictionTargets, names: [String: String]) throws(ReadError) {
        if url.pathExtension.lowercased() == "txt" {
            YOLOPredictionReader.read(url, into: &set, targets: targets, names: names)
            return
        }
        switch try LenientJSON.load(url).value {
        case .array(let results): COCOResultsReader.read(results, into: &set, file: url.lastPathComponent, targets: targets)
        case .object: PerImagePredictionReader.read(url, into: &set, targets: targets)
        default: throw ReadError("\(url.path): neither a COCO results array nor one image's predictions")
        }
    }

    /// The `.txt` and `.json` files of a prediction folder (or of its `labels/`), by name.
    private static func files(in folder: URL) -> (texts: [URL], jsons: [URL]) {
        let labels = folder.appendingPathComponent("labels")
        var isFolder: ObjCBool = false
        let scanned = FileManager.default.fileExists(atPath: labels.path, isDirectory: &isFolder) && isFolder.boolValue ? labels : folder
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: scanned.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
        let urls = names.map { scanned.appendingPathComponent($0) }
        return (urls.filter { $0.pathExtension.lowercased() == "txt" }, urls.filter { $0.pathExtension.lowercased() == "json" })
    }

    /// YOLO class names by number: `--names` (a data.yaml, or one name per line), else the dataset's.
    static func classNames(_ file: URL?, dataset: Dataset) throws(ReadError) -> [String: String] {
        guard let file else { return dataset.categoryIDs }
        if ["yaml", "yml"].contains(file.pathExtension.lowercased()) {
            let config = YOLODataConfig.read(file)
            if config.classes.names.isEmpty { throw ReadError("\(file.path): no class names (names:) in the file") }
            return Dictionary(uniqueKeysWithValues: config.classes.names.map { (String($0.key), $0.value) })
        }
        guard let data = DataFile.contents(file) else { throw ReadError("\(file.path): cannot read --names") }
        let lines = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        return Dictionary(uniqueKeysWithValues: lines.filter { !$0.isEmpty }.enumerated().map { (String($0.offset), $0.element) })
    }
}
