/// Brings an image's annotation file up to date with one run's boxes and actions. What is there is
/// kept as it is and in its order (the journal names boxes by their position in the file); new boxes
/// and actions go at the end, and a box already present (same place, size, category and source) is
/// never added twice. So a second run of the same records changes nothing.
enum AnnotationMerge {
    struct Result {
        var document: JSONObject
        var added: [IngestedBox]
        /// True when boxes or actions were added: only then is the file rewritten.
        var changed: Bool
    }

    /// The file ingest writes for an image the dataset did not have.
    static func fresh(_ entry: IngestPlan.Entry) -> JSONObject {
        JSONObject([
            ("image", .string(entry.image.imagePath)),
            ("width", JSONValue(entry.image.width)),
            ("height", JSONValue(entry.image.height)),
            ("annotations", []),
            ("context", .object(JSONObject([("actions", [])]))),
        ])
    }

    /// Throws the reason when `document` has an `annotations` value that is not a list: rewriting
    /// it would lose whatever it holds.
    static func merge(_ entry: IngestPlan.Entry, into document: JSONObject) throws(IngestFailure) -> Result {
        var document = document
        guard var boxes = (document["annotations"] ?? []).arrayValue else { throw IngestFailure("its \"annotations\" is not a list") }
        var present = Set(boxes.compactMap(IngestedBox.identity(ofEntry:)))
        var added: [IngestedBox] = []
        for box in entry.boxes where present.insert(box.identity).inserted {
            boxes.append(box.json)
            added.append(box)
        }
        if !added.isEmpty { document["annotations"] = .array(boxes) }
        let newActions = addActions(entry.records, to: &document)
        return Result(document: document, added: added, changed: !added.isEmpty || newActions > 0)
    }

    /// Appends the records not yet listed in `context.actions`; a context of another shape (another
    /// tool's) is left alone. Returns how many were added.
    private static func addActions(_ records: [AutomationRecord], to document: inout JSONObject) -> Int {
        guard var context = (document["context"] ?? .object(JSONObject())).objectValue,
            var actions = (context["actions"] ?? []).arrayValue
        else { return 0 }
        let before = actions.count
        var listed = Set(actions.map(\.jsonText))
        for record in records {
            let action = record.contextJSON
            if listed.insert(action.jsonText).inserted { actions.append(action) }
        }
        guard actions.count > before else { return 0 }
        context["actions"] = .array(actions)
        document["context"] = .object(context)
        return actions.count - before
    }
}
