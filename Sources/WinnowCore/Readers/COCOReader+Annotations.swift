extension COCOReader {
    /// Attaches each annotation to its image's item. Annotations naming an unknown image or
    /// category are skipped and counted; a repeated annotation id gets `#position` appended so
    /// label ids stay unique (the journal addresses labels by id).
    static func readAnnotations(
        _ entries: [JSONValue], categories: [COCOIdentifier: String]?, itemIndexByImageID: [COCOIdentifier: Int],
        items: inout [ReviewItem], location: String, issues: inout [Issue]
    ) {
        var ids = COCOIDCheck(section: "annotation", expectedCount: entries.count)
        var unknownImage = RepeatedProblem(.error, "coco.unknown-image", "annotations point to unknown images; skipped")
        var unknownCategory = RepeatedProblem(.error, "coco.unknown-category", "annotations point to unknown categories; skipped")
        for (position, entry) in entries.enumerated() {
            let fields = COCOAnnotationFields(entry)
            let id = COCOIdentifier(fields.id)
            var labelID = id?.description ?? "#\(position)"
            if let id, !ids.record(id) { labelID += "#\(position)" }
            guard let imageID = COCOIdentifier(fields.imageID), let itemIndex = itemIndexByImageID[imageID] else {
                unknownImage.record("annotation \(labelID) -> image \(fields.imageID?.jsonText ?? "none")")
                continue
            }
            guard let category = categoryName(fields.categoryID, in: categories) else {
                unknownCategory.record("annotation \(labelID) -> category \(fields.categoryID?.jsonText ?? "none")")
                continue
            }
            let label = label(fields, id: labelID, category: category, location: location, issues: &items[itemIndex].readIssues)
            items[itemIndex].labels.append(label)
        }
        issues += ids.issues(location: location)
        issues += [unknownImage, unknownCategory].compactMap { $0.issue(location: location) }
    }

    private static func categoryName(_ value: JSONValue?, in categories: [COCOIdentifier: String]?) -> String? {
        guard let id = COCOIdentifier(value) else { return nil }
        guard let categories else { return id.description }
        return categories[id]
    }

    private static func label(_ fields: COCOAnnotationFields, id: String, category: String, location: String, issues: inout [Issue]) -> Label {
        let decoded = BoundingBoxDecoder.decode(fields.bbox)
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
