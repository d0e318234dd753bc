/// Line fields of box edits (the resulting box, not a delta):
///
///     "type":"box.set","item":"a","label":"3","bbox":[x,y,w,h],"category":"button"
///     "type":"box.delete","item":"a","label":"3"
///     "type":"box.decision","item":"a","label":"3","accepted":true
///     "type":"box.adopt","item":"a","boxes":[{"label":"p1","bbox":[x,y,w,h],"category":"button","model":"m","score":0.8}]
extension JournalEvent {
    func boxFields() -> JSONObject {
        switch action {
        case .boxSet(let item, let label, let box, let category):
            let bbox: JSONValue = .array([JSONValue(box.x), JSONValue(box.y), JSONValue(box.width), JSONValue(box.height)])
            return JSONObject([("item", JSONValue(item)), ("label", JSONValue(label)), ("bbox", bbox), ("category", JSONValue(category))])
        case .boxDelete(let item, let label):
            return JSONObject([("item", JSONValue(item)), ("label", JSONValue(label))])
        case .boxDecision(let item, let label, let accepted):
            return JSONObject([("item", JSONValue(item)), ("label", JSONValue(label)), ("accepted", JSONValue(accepted))])
        case .boxAdopt(let item, let boxes):
            return JSONObject([("item", JSONValue(item)), ("boxes", .array(boxes.map(Self.adoptedFields)))])
        default:
            return JSONObject()
        }
    }

    static func adoptedFields(_ adopted: AdoptedBox) -> JSONValue {
        let b = adopted.box
        return .object(JSONObject([
            ("label", JSONValue(adopted.label)), ("bbox", .array([b.x, b.y, b.width, b.height].map { JSONValue($0) })),
            ("category", JSONValue(adopted.category)), ("model", JSONValue(adopted.model)), ("score", JSONValue(adopted.score)),
        ]))
    }

    static func boxAction(type: String, _ o: JSONObject) -> Result<JournalAction, JournalLineError> {
        guard let item = o["item"]?.stringValue else { return .failure(.missingField("item")) }
        if type == "box.adopt" {
            guard let entries = o["boxes"]?.arrayValue else { return .failure(.missingField("boxes")) }
            var boxes: [AdoptedBox] = []
            for entry in entries {
                guard let label = entry["label"]?.stringValue, let category = entry["category"]?.stringValue,
                      let b = entry["bbox"]?.arrayValue?.compactMap(\.doubleValue), b.count == 4
                else { return .failure(.missingField("boxes")) }
                boxes.append(AdoptedBox(label: label, box: BoundingBox(x: b[0], y: b[1], width: b[2], height: b[3]), category: category,
                                        model: entry["model"]?.stringValue ?? "", score: entry["score"]?.doubleValue ?? 0))
            }
            return .success(.boxAdopt(item: item, boxes: boxes))
        }
        guard let label = o["label"]?.stringValue else { return .failure(.missingField("label")) }
        switch type {
        case "box.set":
            guard let b = o["bbox"]?.arrayValue?.compactMap(\.doubleValue), b.count == 4 else { return .failure(.missingField("bbox")) }
            guard let category = o["category"]?.stringValue else { return .failure(.missingField("category")) }
            return .success(.boxSet(item: item, label: label, box: BoundingBox(x: b[0], y: b[1], width: b[2], height: b[3]), category: category))
        case "box.delete":
            return .success(.boxDelete(item: item, label: label))
        default:
            guard let accepted = o["accepted"]?.boolValue else { return .failure(.missingField("accepted")) }
            return .success(.boxDecision(item: item, label: label, accepted: accepted))
        }
    }
}
