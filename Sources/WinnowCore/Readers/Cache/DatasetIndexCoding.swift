import Foundation

/// A screenshot dataset (as a COCO file reads) as bytes and back: its issues and category ids,
/// then each item with its labels (boxes) and metadata (as JSON text). Nil for anything richer
/// (signals, text, pairs, events, spans, predictions), which is not cached.
enum DatasetIndexCoding {
    static func encode(_ dataset: Dataset, key: String) -> [UInt8]? {
        guard dataset.items.allSatisfy(isPlainScreenshot) else { return nil }
        var out = BinaryWriter()
        out.string(key)
        out.string(dataset.source.path)
        out.string(dataset.root.path)
        out.string(dataset.format.rawValue)
        issues(dataset.issues, &out)
        out.int(dataset.categoryIDs.count)
        for (id, name) in dataset.categoryIDs.sorted(by: { $0.key < $1.key }) {
            out.string(id)
            out.string(name)
        }
        out.int(dataset.items.count)
        for item in dataset.items { self.item(item, &out) }
        return out.bytes
    }

    static func decode(_ input: inout BinaryReader) -> Dataset? {
        guard let source = input.string(), let root = input.string(), let format = input.string().flatMap(DatasetFormat.init(rawValue:)),
              let issues = issues(&input), let categoryCount = input.int() else { return nil }
        var categories: [String: String] = [:]
        for _ in 0..<max(0, categoryCount) {
            guard let id = input.string(), let name = input.string() else { return nil }
            categories[id] = name
        }
        guard let itemCount = input.int(), itemCount >= 0 else { return nil }
        var items: [ReviewItem] = []
        items.reserveCapacity(itemCount)
        for _ in 0..<itemCount {
            guard let item = item(&input) else { return nil }
            items.append(item)
        }
        guard input.isAtEnd else { return nil }
        var dataset = Dataset(source: URL(fileURLWithPath: source), root: URL(fileURLWithPath: root, isDirectory: true), format: format,
                              items: items, issues: issues)
        dataset.categoryIDs = categories
        return dataset
    }

    private static func isPlainScreenshot(_ item: ReviewItem) -> Bool {
        item.kind == .screenshot && item.signal == nil && item.textContent == nil && item.pair == nil && item.modelOutput == nil
            && item.labels.allSatisfy { $0.event == nil && $0.span == nil }
    }

    private static func item(_ item: ReviewItem, _ out: inout BinaryWriter) {
        out.string(item.id)
        out.string(item.localID)
        out.string(item.path)
        out.optionalString(item.imageURL?.path)
        out.int(item.width)
        out.int(item.height)
        out.string(JSONWriter.string(.object(item.metadata)))
        issues(item.readIssues, &out)
        out.int(item.labels.count)
        for label in item.labels {
            out.string(label.id)
            out.string(label.category)
            out.bool(label.bbox != nil)
            if let box = label.bbox { [box.x, box.y, box.width, box.height].forEach { out.double($0) } }
            out.double(label.confidence)
            out.string(label.source)
            out.bool(label.verified)
            out.bool(label.rejected)
            out.bool(label.crowd)
        }
    }

    private static func item(_ input: inout BinaryReader) -> ReviewItem? {
        guard let id = input.string(), let localID = input.string(), let path = input.string(), let url = input.optionalString(),
              let width = input.int(), let height = input.int(), let metadataText = input.string(),
              case .object(let metadata)? = try? JSONParser.parse(metadataText), let readIssues = issues(&input),
              let labelCount = input.int(), labelCount >= 0 else { return nil }
        var labels: [Label] = []
        labels.reserveCapacity(labelCount)
        for _ in 0..<labelCount {
            guard let labelID = input.string(), let category = input.string(), let hasBox = input.bool() else { return nil }
            var box: BoundingBox?
            if hasBox {
                guard let x = input.double(), let y = input.double(), let w = input.double(), let h = input.double() else { return nil }
                box = BoundingBox(x: x, y: y, width: w, height: h)
            }
            guard let confidence = input.double(), let source = input.string(), let verified = input.bool(), let rejected = input.bool(),
                  let crowd = input.bool() else { return nil }
            var label = Label(id: labelID, category: category, bbox: box, confidence: confidence, source: source, verified: verified)
            label.rejected = rejected
            label.crowd = crowd
            labels.append(label)
        }
        var item = ReviewItem(id: id, kind: .screenshot, path: path, imageURL: url.map { URL(fileURLWithPath: $0, isDirectory: false) },
                              width: width, height: height, labels: labels, readIssues: readIssues, metadata: metadata)
        item.localID = localID
        return item
    }

    private static func issues(_ issues: [Issue], _ out: inout BinaryWriter) {
        out.int(issues.count)
        for issue in issues {
            out.string(issue.severity.rawValue)
            out.string(issue.code)
            out.string(issue.message)
            out.optionalString(issue.location)
        }
    }

    private static func issues(_ input: inout BinaryReader) -> [Issue]? {
        guard let count = input.int(), count >= 0 else { return nil }
        var issues: [Issue] = []
        for _ in 0..<count {
            guard let severity = input.string().flatMap(Severity.init(rawValue:)), let code = input.string(), let message = input.string(),
                  let location = input.optionalString() else { return nil }
            issues.append(Issue(severity, code, message, location: location))
        }
        return issues
    }
}
