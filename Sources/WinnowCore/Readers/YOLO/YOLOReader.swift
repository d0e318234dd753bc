import Foundation

/// Reads an Ultralytics YOLO dataset: `data.yaml` names the splits (folders such as
/// `images/train`, or `.txt` lists of image paths) and the classes; each image's boxes are in
/// `labels/<split>/<stem>.txt`, normalized, and are converted to pixels with the size from the
/// image header. Item ids are image paths relative to the data root (`path` in data.yaml, else the
/// yaml's folder), e.g. `images/train/a.jpg`; the split is in the item's metadata. Bad lines and
/// files are issues and skipped; nothing stops the read once a yaml file is found.
public enum YOLOReader {
    /// `url` is the dataset folder (with `data.yaml`, or one YAML file that has `names` and
    /// `train`) or the YAML file itself. State (`.winnow/`) lives in the YAML file's folder.
    public static func read(_ url: URL, options: ReadOptions = ReadOptions()) throws(ReadError) -> Dataset {
        let file = try configFile(at: url)
        let root = file.deletingLastPathComponent()
        let config = YOLODataConfig.read(file)
        var issues = config.issues
        var items: [ReviewItem] = []
        var splitOfItemID: [String: String] = [:]
        let sources = config.splits.flatMap { split in split.sources.map { (split: split.name, source: $0) } }
        for (split, source) in sources {
            let found = YOLOImageLister.images(of: source, dataRoot: config.dataRoot, root: root, issues: &issues)
            options.progress?.expect(found.count)
            var repeated = RepeatedProblem(.warning, "yolo.duplicate-image", "images are also in an earlier split; each is kept in the first only")
            for image in found {
                let id = RelativePath.from(config.dataRoot, to: image.url)
                options.progress?.starting(id)
                if let first = splitOfItemID[id] {
                    repeated.record("\(id) (\(first))")
                    continue
                }
                splitOfItemID[id] = split
                items.append(item(image.url, id: id, split: split, root: root, classes: config.classes))
            }
            if let issue = repeated.issue(location: source.location) { issues.append(issue) }
        }
        var dataset = Dataset(source: file, root: root, format: .yolo, items: items, issues: issues)
        for (id, name) in config.classes.names { dataset.categoryIDs[String(id)] = name }
        return dataset
    }

    private static func configFile(at url: URL) throws(ReadError) -> URL {
        guard DatasetDetector.isFolder(url) else { return url }
        if let file = DatasetDetector.yoloConfig(in: url) { return file }
        let yamls = DatasetDetector.yamlFiles(in: url).map(\.lastPathComponent)
        let found = yamls.isEmpty ? "" : " (found \(yamls.joined(separator: ", ")); name one)"
        throw ReadError("\(url.path): no \(DatasetDetector.yoloConfigName), nor one YAML file with names and train\(found)")
    }

    private static func item(_ image: URL, id: String, split: String, root: URL, classes: YOLOClassNames) -> ReviewItem {
        let size = ImageHeader.size(of: image)
        let labelURL = YOLOLabelFile.url(forImage: image)
        let labelPath = RelativePath.from(root, to: labelURL)
        var item = ReviewItem(
            id: id, kind: .screenshot, path: RelativePath.from(root, to: image), imageURL: image,
            width: size?.width ?? 0, height: size?.height ?? 0, labels: [],
            metadata: JSONObject([("split", JSONValue(split)), ("label_file", JSONValue(labelPath))]))
        item.labels = YOLOLabelFile.read(
            labelURL, location: labelPath, width: item.width, height: item.height, classes: classes, issues: &item.readIssues)
        return item
    }
}
