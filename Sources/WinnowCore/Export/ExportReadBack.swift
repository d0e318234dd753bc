import Foundation

/// Reads a written export back with Winnow's own readers and compares it with the plan: image
/// counts per split, every box (category and geometry), image files present. Any difference is
/// an error, so a broken export is never moved into place.
public enum ExportReadBack {
    /// `folder`: where the export was written (its staging folder); `outputPath`: where the export
    /// will be (the paths files hold), when not `folder` itself.
    public static func verify(_ plan: ExportPlan, folder: URL, outputPath: String? = nil) throws(ExportError) {
        try verifyDocuments(plan, folder: folder)
        try verifyWithImages(plan, folder: folder, outputPath: outputPath)
    }

    /// The checks that read only the label documents (COCO splits, YOLO label files), which may
    /// run while the images are still being linked.
    public static func verifyDocuments(_ plan: ExportPlan, folder: URL) throws(ExportError) {
        switch plan.options.format {
        case .coco: try verifyCOCO(plan, folder: folder)
        case .yolo: try YOLOReadBack.verify(plan, folder: folder)
        case .voc, .jsonl, .csv: break
        }
    }

    /// The rest, once the images are in place.
    public static func verifyWithImages(_ plan: ExportPlan, folder: URL, outputPath: String? = nil) throws(ExportError) {
        try checkImagesPresent(plan, folder: folder)
        switch plan.options.format {
        case .coco: break
        case .voc: try verifyVOC(plan, folder: folder)
        case .yolo: try YOLOReadBack.verifyFolds(plan, folder: folder, outputPath: outputPath ?? folder.path)
        case .jsonl: try verifyJSONL(plan, folder: folder)
        case .csv: try verifyCSV(plan, folder: folder)
        }
    }

    static func checkImagesPresent(_ plan: ExportPlan, folder: URL) throws(ExportError) {
        let paths = plan.entries.compactMap { ExportLayout.imagePath(plan, $0) }
        let root = folder.path + "/"
        // Each image folder listed once, not a stat per image (100k stats on ext4 were 0.3 s of
        // the export's end); links (an export to another file system) are stat'ed, on every core.
        var listed = ListedEntries(FolderListings(limit: 2 * paths.count + 1_024))
        var unsure: [String] = []
        for path in paths {
            switch listed.entry(root + path) {
            case .present?: continue
            case .absent?: throw missingImage(path)
            case .link?, .unknown?, nil: unsure.append(path)
            }
        }
        let present = unsure.concurrentMap { SystemCalls.exists(root + $0) }
        if let missing = present.firstIndex(of: false) { throw missingImage(unsure[missing]) }
    }

    private static func missingImage(_ path: String) -> ExportError { ExportError("\(path): image missing from the written export") }

    /// One file per split, one after another, each walked without a tree (`COCOExportReadBack`).
    static func verifyCOCO(_ plan: ExportPlan, folder: URL) throws(ExportError) {
        for (split, entries) in plan.entriesBySplit.enumerated() {
            try verifyCOCOFile(plan, split: split, entries, folder: folder)
        }
    }

    static func verifyCOCOFile(_ plan: ExportPlan, split: Int, _ entries: [ExportEntry], folder: URL) throws(ExportError) {
        let name = ExportLayout.cocoFile(plan, split: split)
        try COCOExportReadBack.verify(plan, entries, file: folder.appendingPathComponent(name), name: name)
    }

    static func verifyVOC(_ plan: ExportPlan, folder: URL) throws(ExportError) {
        let dataset: Dataset
        do { dataset = try VOCReader.read(folder, options: ReadOptions(format: .voc)) }
        catch { throw ExportError("Annotations/: does not read back: \(error.message)") }
        try noProblems(dataset.issues, in: "Annotations/")
        let byStem = Dictionary(dataset.items.map { (ExportStems.stem(of: $0.path), $0) }, uniquingKeysWith: { a, _ in a })
        let items = try plan.entries.map { entry throws(ExportError) in
            guard let item = byStem[entry.stem] else { throw ExportError("Annotations/\(entry.stem).xml: missing on read-back") }
            return item
        }
        guard dataset.items.count == plan.entries.count else {
            throw ExportError("Annotations/: \(dataset.items.count) files read back, \(plan.entries.count) written")
        }
        // Integer corners: half a pixel of rounding, a whole one for a box widened to one pixel.
        for (entry, item) in zip(plan.entries, items) {
            try compare([entry], [item], plan, file: "Annotations/\(entry.stem).xml", tolerance: 1 + 1e-9)
        }
    }

    static func verifyJSONL(_ plan: ExportPlan, folder: URL) throws(ExportError) {
        for (split, entries) in plan.entriesBySplit.enumerated() {
            let name = ExportLayout.jsonlFile(plan, split: split)
            let lines = try text(folder, name).split(separator: "\n")
            guard lines.count == entries.count else { throw ExportError("\(name): \(lines.count) lines read back, \(entries.count) written") }
            let items = try lines.enumerated().map { index, line throws(ExportError) in
                guard let item = jsonlItem(String(line)) else { throw ExportError("\(name):\(index + 1): does not read back as an item") }
                return item
            }
            try compare(entries, items, plan, file: name, tolerance: 1e-9)
        }
    }

    /// A JSONL line as an item with its size and boxes; nil when it is not one.
    static func jsonlItem(_ line: String) -> ReviewItem? {
        guard let object = try? JSONParser.parse(line), case .array(let labels)? = object["labels"],
              let width = object["width"]?.intValue, let height = object["height"]?.intValue else { return nil }
        let boxes = labels.map { label -> Label in
            let b = label["bbox"]?.arrayValue?.compactMap(\.doubleValue) ?? []
            return Label(id: "", category: label["category"]?.stringValue ?? "",
                         bbox: b.count == 4 ? BoundingBox(x: b[0], y: b[1], width: b[2], height: b[3]) : nil,
                         confidence: 1, source: "", verified: false)
        }
        return ReviewItem(id: "", kind: .screenshot, path: "", imageURL: nil, width: width, height: height, labels: boxes)
    }

    /// One row per box, in the plan's order: item, category and geometry must match.
    static func verifyCSV(_ plan: ExportPlan, folder: URL) throws(ExportError) {
        let records = CSVRecords.parse(try text(folder, "labels.csv"))
        guard records.count == plan.boxCount + 1, records.allSatisfy({ $0.count == LabelCSVExport.columns.count }) else {
            throw ExportError("labels.csv: \(records.count - 1) rows read back, \(plan.boxCount) boxes written")
        }
        var row = 1
        for entry in plan.entries {
            for box in entry.boxes {
                let r = records[row]
                let values = r[8...11].compactMap { Double($0) }
                guard r[6] == plan.categories[box.category], values.count == 4,
                      close(BoundingBox(x: values[0], y: values[1], width: values[2], height: values[3]), box.box, 1e-9)
                else { throw ExportError("labels.csv:\(row + 1): reads back as \(r[6]) \(r[8...11].joined(separator: ",")), not the box written") }
                row += 1
            }
        }
    }

    static func compare(_ entries: [ExportEntry], _ items: [ReviewItem], _ plan: ExportPlan, file: String, tolerance: Double) throws(ExportError) {
        guard items.count == entries.count else { throw ExportError("\(file): \(items.count) images read back, \(entries.count) written") }
        for (entry, item) in zip(entries, items) {
            guard item.width == entry.width, item.height == entry.height else {
                throw ExportError("\(file): \(entry.imageName) reads back as \(item.width)x\(item.height), not \(entry.width)x\(entry.height)")
            }
            let read = item.labels.compactMap { label in label.bbox.map { (label.category, $0) } }
            guard read.count == entry.boxes.count else {
                throw ExportError("\(file): \(entry.imageName) reads back with \(read.count) boxes, \(entry.boxes.count) written")
            }
            for (box, (category, bbox)) in zip(entry.boxes, read) where category != plan.categories[box.category]
                || !close(bbox, box.box, tolerance) {
                throw ExportError("\(file): \(entry.imageName) box \(category) reads back as \(bbox), written as \(box.box)")
            }
        }
    }

    static func close(_ a: BoundingBox, _ b: BoundingBox, _ tolerance: Double) -> Bool {
        abs(a.x - b.x) <= tolerance && abs(a.y - b.y) <= tolerance && abs(a.maxX - b.maxX) <= tolerance && abs(a.maxY - b.maxY) <= tolerance
    }

    /// Our own output must read back without a warning: the readers warn about what other tools
    /// get wrong (COCO ids from 0 or repeated, boxes outside the image).
    static func noProblems(_ issues: [Issue], in file: String) throws(ExportError) {
        if let issue = issues.first(where: { $0.severity != .info }) {
            throw ExportError("\(issue.location ?? file): reads back with a problem: \(issue.message)")
        }
    }

    static func text(_ folder: URL, _ name: String) throws(ExportError) -> String {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) else {
            throw ExportError("\(name): missing from the written export")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
