import Foundation

/// Reads Pascal VOC / labelImg XML files: one file per image, boxes as `<object>`s. The XML may sit
/// beside the images or in a `voc/` (or `Annotations/`) folder next to an `images/` (or `JPEGImages/`)
/// folder. Boxes are human labels: confidence 1.0, source "voc", not verified.
public enum VOCReader {
    static let annotationFolderNames = ["voc", "Annotations"]

    /// `url` is an XML file, a folder of XML files, or a folder with one of `annotationFolderNames`.
    public static func read(_ url: URL, options: ReadOptions) throws(ReadError) -> Dataset {
        let isFile = !DatasetDetector.isFolder(url)
        let root = isFile ? url.deletingLastPathComponent() : url
        let xmlFiles: [URL]
        if isFile {
            xmlFiles = [url]
        } else if let folder = annotationFolder(in: url) {
            xmlFiles = DatasetDetector.files(in: folder, withExtension: "xml")
        } else {
            throw ReadError("\(url.path): no .xml files (looked in the folder and in \(annotationFolderNames.joined(separator: "/, "))/)")
        }
        var items: [ReviewItem] = []
        var issues: [Issue] = []
        var fileOfItemID: [String: String] = [:]
        for xmlURL in xmlFiles {
            let location = RelativePath.from(root, to: xmlURL)
            guard let item = item(from: xmlURL, root: root, location: location, issues: &issues) else { continue }
            if let first = fileOfItemID[item.id] {
                issues.append(Issue(.warning, "voc.duplicate-image", "\(item.id) is already labeled by \(first); this file is skipped", location: location))
                continue
            }
            fileOfItemID[item.id] = location
            items.append(item)
        }
        return Dataset(source: url, root: root, format: .voc, items: items, issues: issues)
    }

    /// The folder holding the XML files: `folder` itself or a known sub-folder; nil when neither has any.
    static func annotationFolder(in folder: URL) -> URL? {
        let candidates = [folder] + annotationFolderNames.map { folder.appendingPathComponent($0) }
        return candidates.first { !DatasetDetector.files(in: $0, withExtension: "xml").isEmpty }
    }

    private static func item(from xmlURL: URL, root: URL, location: String, issues: inout [Issue]) -> ReviewItem? {
        guard let data = DataFile.contents(xmlURL) else {
            issues.append(Issue(.error, "voc.unreadable", "cannot read the file; skipped", location: location))
            return nil
        }
        let annotation: VOCAnnotation
        switch VOCXMLParser.parse(data) {
        case .failure(let failure):
            issues.append(Issue(.error, "voc.bad-xml", "not well-formed XML (\(failure.message)); skipped", location: "\(location):\(failure.line)"))
            return nil
        case .success(let parsed):
            annotation = parsed
        }
        let imageURL = VOCImageLocator.locate(xmlURL: xmlURL, filename: annotation.filename)
        var item = ReviewItem(
            id: imageURL.lastPathComponent, kind: .screenshot, path: RelativePath.from(root, to: imageURL), imageURL: imageURL,
            width: annotation.width, height: annotation.height, labels: [], metadata: metadata(of: annotation))
        for (index, object) in annotation.objects.enumerated() {
            item.labels.append(label(object, index: index, location: location, issues: &item.readIssues))
        }
        HeaderSizeFallback.apply(to: &item)
        return item
    }

    private static func metadata(of annotation: VOCAnnotation) -> JSONObject {
        var metadata = JSONObject()
        metadata["folder"] = annotation.folder.map(JSONValue.string)
        metadata["path"] = annotation.path.map(JSONValue.string)
        return metadata
    }

    /// Label ids are the object's position in the file: "0", "1", ...
    private static func label(_ object: VOCObject, index: Int, location: String, issues: inout [Issue]) -> Label {
        let objectIssues = LabelEntryIssues(location: "\(location):\(object.line)", index: index)
        let category = object.name ?? ""
        if category.isEmpty { issues.append(objectIssues.issue(.warning, "label.no-category", "has no <name>")) }
        let corners = ["xmin", "ymin", "xmax", "ymax"].map { object.bndbox[$0].flatMap(Double.init) }
        var box: BoundingBox?
        if let xmin = corners[0], let ymin = corners[1], let xmax = corners[2], let ymax = corners[3] {
            box = BoundingBox(x: xmin, y: ymin, width: xmax - xmin, height: ymax - ymin)
        } else {
            issues.append(objectIssues.issue(.error, "label.bad-bbox", "has no complete numeric <bndbox> (xmin, ymin, xmax, ymax)"))
        }
        return Label(id: String(index), category: category, bbox: box, confidence: 1.0, source: "voc", verified: false)
    }
}
