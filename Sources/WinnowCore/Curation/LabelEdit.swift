/// How one standing edit changes an item's labels; edits apply oldest first.
enum LabelEdit {
    static func apply(_ action: JournalAction, to labels: [Label]) -> [Label] {
        switch action {
        case .eventSet(_, let position): return setEvent(position, in: labels)
        case .eventDelete(_, let type): return labels.filter { $0.event?.type != type }
        case .boxSet(_, let id, let box, let category): return setBox(id, box, category, in: labels)
        case .boxDelete(_, let id), .textLabelDelete(_, let id): return labels.filter { $0.id != id }
        case .boxDecision(_, let id, let accepted):
            return labels.map { label in
                guard label.id == id else { return label }
                var decided = label
                decided.verified = accepted
                decided.rejected = !accepted
                return decided
            }
        case .textLabelSet(_, let id, let category, let span):
            return set(id, category, in: labels) { $0.span = span }
        case .boxAdopt(_, let boxes):
            return boxes.reduce(labels) { labels, adopted in
                var result = setBox(adopted.label, adopted.box, adopted.category, in: labels)
                if let index = result.firstIndex(where: { $0.id == adopted.label }), result[index].source == "user" {
                    result[index].source = "model:" + adopted.model  // a new box: say which model proposed it
                }
                return result
            }
        default: return labels
        }
    }

    /// A moved or placed event is verified (a person put it there).
    private static func setEvent(_ position: SignalEventPosition, in labels: [Label]) -> [Label] {
        var labels = labels
        if let index = labels.firstIndex(where: { $0.event?.type == position.type }) {
            // Placed by a person: the automatic confidence and source no longer describe it.
            labels[index].event = position
            labels[index].verified = true
            labels[index].confidence = 1
            labels[index].source = "user"
        } else {
            let type = position.type.rawValue
            labels.append(Label(id: type, category: type, bbox: nil, confidence: 1.0, source: "user", verified: true, event: position))
        }
        return labels.sorted { ($0.event?.type ?? .exit) < ($1.event?.type ?? .exit) }
    }

    /// A touched box is verified; a new one is the reviewer's (source `user`, confidence 1.0).
    private static func setBox(_ id: String, _ box: BoundingBox, _ category: String, in labels: [Label]) -> [Label] {
        set(id, category, in: labels) { $0.bbox = box }
    }

    /// The label `id` with this category and `place` applied, verified and no longer rejected; a
    /// new one (the reviewer's: source `user`, confidence 1.0) when the item has no such label.
    private static func set(_ id: String, _ category: String, in labels: [Label], place: (inout Label) -> Void) -> [Label] {
        var labels = labels
        if let index = labels.firstIndex(where: { $0.id == id }) {
            labels[index].category = category
            labels[index].verified = true
            labels[index].rejected = false
            place(&labels[index])
        } else {
            var added = Label(id: id, category: category, bbox: nil, confidence: 1.0, source: "user", verified: true)
            place(&added)
            labels.append(added)
        }
        return labels
    }
}
