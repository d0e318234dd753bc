/// Attaches COCO annotations to their images' items one at a time, as they are parsed.
/// Annotations naming an unknown image or category are skipped and counted; a repeated
/// annotation id gets `#position` appended so label ids stay unique (the journal addresses
/// labels by id).
struct COCOAnnotationReader {
    let categories: [COCOIdentifier: String]?
    let itemIndexByImageID: [COCOIdentifier: Int]
    let location: String
    private var ids = COCOIDCheck(section: "annotation", expectedCount: 0)
    private var unknownImage = RepeatedProblem(.error, "coco.unknown-image", "annotations point to unknown images; skipped")
    private var unknownCategory = RepeatedProblem(.error, "coco.unknown-category", "annotations point to unknown categories; skipped")
    private var position = 0
    /// The item the previous annotation went to: once annotations move on, its labels give back
    /// their spare capacity, as long as the file groups them by image (most do; one that does not
    /// would make every move a copy).
    private var previousItem: Int?
    private var grouped = true

    init(categories: [COCOIdentifier: String]?, itemIndexByImageID: [COCOIdentifier: Int], location: String) {
        self.categories = categories
        self.itemIndexByImageID = itemIndexByImageID
        self.location = location
    }

    mutating func add(_ entry: JSONValue, to items: inout [ReviewItem]) {
        add(COCOAnnotationFields(entry), to: &items)
    }

    mutating func add(_ fields: COCOAnnotationFields, to items: inout [ReviewItem]) {
        defer { position += 1 }
        let id = COCOIdentifier(fields.id)
        var labelID = id?.description ?? "#\(position)"
        if let id, !ids.record(id) { labelID += "#\(position)" }
        guard let imageID = COCOIdentifier(fields.imageID), let itemIndex = itemIndexByImageID[imageID] else {
            unknownImage.record("annotation \(labelID) -> image \(fields.imageID?.jsonText ?? "none")")
            return
        }
        guard let category = categoryName(fields.categoryID) else {
            unknownCategory.record("annotation \(labelID) -> category \(fields.categoryID?.jsonText ?? "none")")
            return
        }
        if let previousItem, previousItem != itemIndex {
            grouped = grouped && items[itemIndex].labels.isEmpty
            if grouped { items[previousItem].labels.shrinkToFit() }
        }
        previousItem = itemIndex
        items[itemIndex].labels.append(label(fields, id: labelID, category: category, issues: &items[itemIndex].readIssues))
    }

    var issues: [Issue] {
        ids.issues(location: location) + [unknownImage, unknownCategory].compactMap { $0.issue(location: location) }
    }

    private func categoryName(_ value: JSONValue?) -> String? {
        guard let id = COCOIdentifier(value) else { return nil }
        guard let categories else { return id.description }
        return categories[id]
    }

    private func label(_ fields: COCOAnnotationFields, id: String, category: String, issues: inout [Issue]) -> Label {
        let decoded = fields.box.decoded
        if let problem = decoded.problem {
            issues.append(Issue(decoded.box == nil ? .error : .warning, "label.bad-bbox", "annotation \(id) \(problem)", location: location))
        }
        var label = Label(
            id: id, category: category, bbox: decoded.box, confidence: fields.score ?? 1.0,
            source: fields.score == nil ? "coco" : "prediction", verified: false)
        label.crowd = fields.crowd
        return label
    }
}
