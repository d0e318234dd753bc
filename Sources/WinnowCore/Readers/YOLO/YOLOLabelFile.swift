import Foundation

/// Reads the label file of one image into pixel boxes. Ground truth is confidence 1.0, source
/// "yolo"; a line with a 6th value is a model prediction (that confidence, source "prediction").
/// Neither counts as verified, as with COCO and VOC: a file does not say a person checked it.
/// Label ids are the line's position among the file's non-blank lines ("0", "1", ...), so fixing
/// a bad line does not renumber the others.
enum YOLOLabelFile {
    /// `.../images/<split>/a.jpg` -> `.../labels/<split>/a.txt`: the last `images` folder on the
    /// path becomes `labels`, as in Ultralytics; without one the label file sits beside the image.
    static func url(forImage image: URL) -> URL {
        var components = image.deletingLastPathComponent().pathComponents
        if let last = components.lastIndex(of: "images") { components[last] = "labels" }
        let name = image.deletingPathExtension().lastPathComponent + ".txt"
        return URL(fileURLWithPath: NSString.path(withComponents: components + [name]))
    }

    /// A missing file is an image without boxes (an info issue); an empty one says so silently.
    static func read(_ url: URL, location: String, width: Int, height: Int, classes: YOLOClassNames, issues: inout [Issue]) -> [Label] {
        guard FileManager.default.fileExists(atPath: url.path) else {
            issues.append(Issue(.info, "yolo.no-label-file", "no label file; the image has no boxes", location: location))
            return []
        }
        guard let data = DataFile.bytes(url) else {
            issues.append(Issue(.error, "yolo.unreadable-labels", "cannot read the label file", location: location))
            return []
        }
        let hasSize = width > 0 && height > 0
        var labels: [Label] = []
        var polygons = 0
        for (position, line) in TextLine.splitSkippingBOM(data).filter({ !$0.isBlank }).enumerated() {
            let place = "\(location):\(line.number)"
            let parsed: YOLOLabelLine
            do {
                parsed = try YOLOLabelLine.parse(String(decoding: line.bytes, as: UTF8.self))
            } catch {
                issues.append(Issue(.error, "yolo.bad-line", "\(error.message); line skipped", location: place))
                continue
            }
            if parsed.isPolygon { polygons += 1 }
            if !parsed.outOfRange.isEmpty {
                let values = parsed.outOfRange.joined(separator: ", ")
                issues.append(Issue(.warning, "yolo.out-of-range", "\(values) outside [0, 1]; kept as written", location: place))
            }
            let box = hasSize ? parsed.pixelBox(width: width, height: height) : nil
            labels.append(label(parsed, id: String(position), box: box, classes: classes, location: place, issues: &issues))
        }
        if !hasSize, !labels.isEmpty {
            issues.append(Issue(.error, "yolo.size-unknown", "the image size is unknown (no PNG, JPEG, WebP or GIF header), so its \(labels.count) boxes cannot be placed", location: location))
        }
        if polygons > 0 {
            issues.append(Issue(.info, "yolo.polygons", "\(polygons) segmentation polygons read as their bounding boxes", location: location))
        }
        return labels
    }

    /// A class id that is not a whole number or is out of range keeps its box under the id as
    /// written, so the reviewer sees it and can give it a category.
    private static func label(_ line: YOLOLabelLine, id: String, box: BoundingBox?, classes: YOLOClassNames, location: String, issues: inout [Issue]) -> Label {
        var category = line.classToken
        if let classID = line.classID {
            if let name = classes.category(of: classID) {
                category = name
            } else {
                issues.append(Issue(.error, "yolo.unknown-class", "class \(classID) is out of range (\(classes.validIDs)); kept with the id as its category", location: location))
            }
        } else {
            issues.append(Issue(.error, "yolo.bad-class", "class \"\(line.classToken)\" is not a whole number; kept as its category", location: location))
        }
        return Label(
            id: id, category: category, bbox: box, confidence: line.confidence ?? 1.0,
            source: line.confidence == nil ? "yolo" : "prediction", verified: false)
    }
}
