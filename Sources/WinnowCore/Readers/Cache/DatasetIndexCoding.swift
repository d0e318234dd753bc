import Foundation

/// A screenshot dataset (as a COCO file reads) as bytes and back: its issues and category ids,
/// then each item with its labels (boxes) and metadata (as JSON text). Category, source and image
/// folder names are written once and then referred to by number, numeric label ids as numbers,
/// and a label's flags share a byte: about 40 bytes a box. Nothing richer (signals, text, pairs,
/// events, spans, predictions) is cached.
enum DatasetIndexCoding {
    /// Label flag bits.
    private static let hasBox: UInt8 = 1, verified: UInt8 = 2, rejected: UInt8 = 4, crowd: UInt8 = 8
    private static let certain: UInt8 = 16, numericID: UInt8 = 32

    static func canEncode(_ dataset: Dataset) -> Bool { dataset.items.allSatisfy(isPlainScreenshot) }

    /// Writes `dataset` (which `canEncode` accepted) after `key`.
    static func encode(_ dataset: Dataset, key: String, into out: inout BinaryWriter) {
        out.string(key)
        out.string(dataset.source.path)
        out.string(dataset.root.path)
        out.string(dataset.format.rawValue)
        issues(dataset.issues, &out)
        out.count(dataset.categoryIDs.count)
        for (id, name) in dataset.categoryIDs.sorted(by: { $0.key < $1.key }) {
            out.string(id)
            out.string(name)
        }
        out.count(dataset.items.count)
        var names = NameTable()
        for item in dataset.items { self.item(item, &out, &names) }
    }

    /// An image the reader saw is taken as still there only in `watchedFolders`: those the cache's
    /// key watches, so a change in them (a file removed) makes the cache stale.
    static func decode(_ input: inout BinaryReader, watchedFolders: Set<String> = []) -> Dataset? {
        guard let source = input.string(), let root = input.string(), let format = input.string().flatMap(DatasetFormat.init(rawValue:)),
              let issues = issues(&input), let categoryCount = input.count() else { return nil }
        var categories: [String: String] = [:]
        for _ in 0..<categoryCount {
            guard let id = input.string(), let name = input.string() else { return nil }
            categories[id] = name
        }
        guard let itemCount = input.count() else { return nil }
        var items: [ReviewItem] = []
        items.reserveCapacity(itemCount)
        var names: [String] = []
        for _ in 0..<itemCount {
            guard let item = item(&input, &names, watchedFolders) else { return nil }
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

    private static func item(_ item: ReviewItem, _ out: inout BinaryWriter, _ names: inout NameTable) {
        out.string(item.id)
        out.optionalString(item.localID == item.id ? nil : item.localID)
        out.string(item.path)
        out.byte(item.imageURL == nil ? 0 : item.imageSeen ? 2 : 1)
        if let path = item.imageURL?.path {  // split as a string: URL's own parts cost more than the rest
            let cut = path.lastIndex(of: "/") ?? path.startIndex
            name(String(path[..<cut]), &out, &names)
            out.string(String(path[cut...]))
        }
        out.int(item.width)
        out.int(item.height)
        out.string(item.metadata.isEmpty ? "" : JSONWriter.string(.object(item.metadata)))
        issues(item.readIssues, &out)
        out.count(item.labels.count)
        for label in item.labels { self.label(label, &out, &names) }
    }

    private static func label(_ label: Label, _ out: inout BinaryWriter, _ names: inout NameTable) {
        let number = UInt64(label.id).flatMap { String($0) == label.id ? $0 : nil }
        var flags: UInt8 = number == nil ? 0 : numericID
        if label.bbox != nil { flags |= hasBox }
        if label.verified { flags |= verified }
        if label.rejected { flags |= rejected }
        if label.crowd { flags |= crowd }
        if label.confidence == 1 { flags |= certain }
        out.byte(flags)
        if let number { out.varint(number) } else { out.string(label.id) }
        name(label.category, &out, &names)
        name(label.source, &out, &names)
        if let box = label.bbox { [box.x, box.y, box.width, box.height].forEach { out.double($0) } }
        if label.confidence != 1 { out.double(label.confidence) }
    }

    private static func item(_ input: inout BinaryReader, _ names: inout [String], _ watched: Set<String>) -> ReviewItem? {
        guard let id = input.string(), let localID = input.optionalString(), let path = input.string(), let hasURL = input.byte() else { return nil }
        var url: URL?
        var seen = false
        if hasURL != 0 {
            guard let folder = name(&input, &names), let file = input.string() else { return nil }
            url = URL(fileURLWithPath: folder + file, isDirectory: false)
            seen = hasURL == 2 && watched.contains(folder)
        }
        guard let width = input.int(), let height = input.int(), let metadataText = input.string(),
              let metadata = metadataText.isEmpty ? JSONObject() : (try? JSONParser.parse(metadataText))?.objectValue,
              let readIssues = issues(&input), let labelCount = input.count() else { return nil }
        var labels: [Label] = []
        labels.reserveCapacity(labelCount)
        for _ in 0..<labelCount {
            guard let label = label(&input, &names) else { return nil }
            labels.append(label)
        }
        var item = ReviewItem(id: id, kind: .screenshot, path: path, imageURL: url, width: width, height: height,
                              labels: labels, readIssues: readIssues, metadata: metadata)
        item.localID = localID ?? id
        item.imageSeen = seen
        return item
    }

    private static func label(_ input: inout BinaryReader, _ names: inout [String]) -> Label? {
        guard let flags = input.byte(),
              let id = flags & numericID != 0 ? input.varint().map({ String($0) }) : input.string(),
              let category = name(&input, &names), let source = name(&input, &names) else { return nil }
        var box: BoundingBox?
        if flags & hasBox != 0 {
            guard let x = input.double(), let y = input.double(), let w = input.double(), let h = input.double() else { return nil }
            box = BoundingBox(x: x, y: y, width: w, height: h)
        }
        guard let confidence = flags & certain != 0 ? 1 : input.double() else { return nil }
        var label = Label(id: id, category: category, bbox: box, confidence: confidence, source: source, verified: flags & verified != 0)
        label.rejected = flags & rejected != 0
        label.crowd = flags & crowd != 0
        return label
    }

    /// A repeating name: its number, and the name itself the first time.
    private static func name(_ name: String, _ out: inout BinaryWriter, _ names: inout NameTable) {
        let known = names.count
        let number = names.number(adding: name)
        out.count(number)
        if number == known { out.string(name) }
    }

    /// A name `name(_:_:_:)` wrote.
    private static func name(_ input: inout BinaryReader, _ names: inout [String]) -> String? {
        guard let index = input.count(), index <= names.count else { return nil }
        if index < names.count { return names[index] }
        guard let name = input.string() else { return nil }
        names.append(name)
        return name
    }

    private static func issues(_ issues: [Issue], _ out: inout BinaryWriter) {
        out.count(issues.count)
        for issue in issues {
            out.string(issue.severity.rawValue)
            out.string(issue.code)
            out.string(issue.message)
            out.optionalString(issue.location)
        }
    }

    private static func issues(_ input: inout BinaryReader) -> [Issue]? {
        guard let count = input.count() else { return nil }
        var issues: [Issue] = []
        for _ in 0..<count {
            guard let severity = input.string().flatMap(Severity.init(rawValue:)), let code = input.string(), let message = input.string(),
                  let location = input.optionalString() else { return nil }
            issues.append(Issue(severity, code, message, location: location))
        }
        return issues
    }
}
