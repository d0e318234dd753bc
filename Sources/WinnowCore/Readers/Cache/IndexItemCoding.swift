import Foundation

/// One screenshot item of the index cache and back: ids, path, image, size, metadata, issues and
/// labels. Category, source and image folder names are numbers into the cache's name table,
/// numeric label ids are numbers, and a label's flags share a byte: about 40 bytes a box.
enum IndexItemCoding {
    /// Label flag bits.
    private static let hasBox: UInt8 = 1, verified: UInt8 = 2, rejected: UInt8 = 4, crowd: UInt8 = 8
    private static let certain: UInt8 = 16, numericID: UInt8 = 32

    static func write(_ item: ReviewItem, _ out: inout BinaryWriter, _ names: inout NameTable) {
        out.string(item.id)
        out.optionalString(item.localID == item.id ? nil : item.localID)
        out.string(item.path)
        out.byte(!item.hasImage ? 0 : item.imageSeen ? 2 : 1)
        if let path = item.imagePath {  // split as a string: URL's own parts cost more than the rest
            let cut = path.lastIndex(of: "/") ?? path.startIndex
            out.count(names.number(adding: String(path[..<cut])))
            out.string(String(path[cut...]))
        }
        out.int(item.width)
        out.int(item.height)
        out.json(.object(item.metadata))
        issues(item.readIssues, &out)
        out.count(item.labels.count)
        for label in item.labels { write(label, &out, &names) }
    }

    /// An item `write` wrote; nil when malformed or when its image is in a folder the cache may not name.
    static func read(_ input: inout BinaryReader, names: [String], folders: [CachedImageFolder]) -> ReviewItem? {
        guard let id = input.string(), let localID = input.optionalString(), let path = input.string(), let hasURL = input.byte() else { return nil }
        var image: (folder: String, name: String)?
        var seen = false
        if hasURL != 0 {
            guard let folder = input.index(below: names.count), folders[folder] != .outside,
                  let file = input.utf8(), isFileName(file) else { return nil }
            image = (names[folder], String(decoding: file, as: UTF8.self))
            seen = hasURL == 2 && folders[folder] == .watched
        }
        guard let width = input.int(), let height = input.int(), let metadata = input.json()?.objectValue,
              let readIssues = issues(&input), let labelCount = input.count() else { return nil }
        var labels: [Label] = []
        labels.reserveCapacity(labelCount)
        for _ in 0..<labelCount {
            guard let label = label(&input, names) else { return nil }
            labels.append(label)
        }
        var item = ReviewItem(id: id, kind: .screenshot, path: path, imageURL: nil, width: width, height: height,
                              labels: labels, readIssues: readIssues, metadata: metadata)
        if let image { item.setImage(folder: image.folder, name: image.name) }
        item.localID = localID ?? id
        item.imageSeen = seen
        return item
    }

    static func issues(_ issues: [Issue], _ out: inout BinaryWriter) {
        out.count(issues.count)
        for issue in issues {
            out.string(issue.severity.rawValue)
            out.string(issue.code)
            out.string(issue.message)
            out.optionalString(issue.location)
        }
    }

    static func issues(_ input: inout BinaryReader) -> [Issue]? {
        guard let count = input.count() else { return nil }
        var issues: [Issue] = []
        for _ in 0..<count {
            guard let severity = input.string().flatMap(Severity.init(rawValue:)), let code = input.string(), let message = input.string(),
                  let location = input.optionalString() else { return nil }
            issues.append(Issue(severity, code, message, location: location))
        }
        return issues
    }

    /// "/name", one component: with its folder judged alone, the path cannot leave it.
    private static func isFileName(_ file: UnsafeBufferPointer<UInt8>) -> Bool {
        let slash = UInt8(ascii: "/"), name = file.dropFirst()
        guard file.first == slash, !name.isEmpty, !name.contains(slash) else { return false }
        return name.count > 2 || name.contains { $0 != UInt8(ascii: ".") }  // not "." or ".."
    }

    private static func write(_ label: Label, _ out: inout BinaryWriter, _ names: inout NameTable) {
        let number = UInt64(label.id).flatMap { String($0) == label.id ? $0 : nil }
        var flags: UInt8 = number == nil ? 0 : numericID
        if label.bbox != nil { flags |= hasBox }
        if label.verified { flags |= verified }
        if label.rejected { flags |= rejected }
        if label.crowd { flags |= crowd }
        if label.confidence == 1 { flags |= certain }
        out.byte(flags)
        if let number { out.varint(number) } else { out.string(label.id) }
        out.count(names.number(adding: label.category))
        out.count(names.number(adding: label.source))
        if let box = label.bbox {
            out.double(box.x)
            out.double(box.y)
            out.double(box.width)
            out.double(box.height)
        }
        if label.confidence != 1 { out.double(label.confidence) }
    }

    private static func label(_ input: inout BinaryReader, _ names: [String]) -> Label? {
        guard let flags = input.byte(),
              let id = flags & numericID != 0 ? input.varint().map(DecimalText.string) : input.string(),
              let category = input.index(below: names.count), let source = input.index(below: names.count) else { return nil }
        var box: BoundingBox?
        if flags & hasBox != 0 {
            guard let x = input.double(), let y = input.double(), let w = input.double(), let h = input.double() else { return nil }
            box = BoundingBox(x: x, y: y, width: w, height: h)
        }
        guard let confidence = flags & certain != 0 ? 1 : input.double() else { return nil }
        var label = Label(id: id, category: names[category], bbox: box, confidence: confidence, source: names[source],
                          verified: flags & verified != 0)
        label.rejected = flags & rejected != 0
        label.crowd = flags & crowd != 0
        return label
    }
}
