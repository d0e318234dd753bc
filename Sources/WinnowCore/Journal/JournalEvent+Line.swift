/// The on-disk form: one JSON object per line, the CRC-32 of everything before the `crc`
/// field last, so a torn or hand-edited line is told apart from a whole one.
extension JournalEvent {
    public static let formatVersion = 1
    private static let crcMarker = Array(#","crc":""#.utf8)

    public func line() -> String {
        var object = JSONObject()
        object["v"] = JSONValue(Self.formatVersion)
        object["seq"] = JSONValue(seq)
        object["time"] = JSONValue(time)
        object["reviewer"] = JSONValue(reviewer)
        object["type"] = JSONValue(action.typeName)
        for (key, value) in actionFields().pairs { object[key] = value }
        var text = JSONValue.object(object).jsonText
        text.removeLast()  // the closing brace: the checksum goes before it
        let crc = CRC32.hex(Array(text.utf8))
        return text + #","crc":""# + crc + "\"}"
    }

    private func actionFields() -> JSONObject {
        switch action {
        case .verdict(let item, let verdict, let note, let reason):
            var o = JSONObject([("item", JSONValue(item)), ("verdict", JSONValue(verdict.rawValue))])
            if let note { o["note"] = JSONValue(note) }
            if let reason { o["reason"] = JSONValue(reason) }
            return o
        case .batchVerdict, .note, .flag, .auditSample, .forget:
            return triageFields()
        case .boxSet, .boxDelete, .boxDecision, .boxAdopt:
            return boxFields()
        case .textLabelSet(let item, let label, let category, let span):
            var o = JSONObject([("item", JSONValue(item)), ("label", JSONValue(label)), ("category", JSONValue(category))])
            if let span { o["span"] = [JSONValue(span.start), JSONValue(span.end)] }
            return o
        case .textLabelDelete(let item, let label):
            return JSONObject([("item", JSONValue(item)), ("label", JSONValue(label))])
        case .correction(let item, let field, let text, let reason):
            var o = JSONObject([("item", JSONValue(item)), ("field", JSONValue(field)), ("text", JSONValue(text))])
            if let reason { o["reason"] = JSONValue(reason) }
            return o
        case .eventSet(let item, let event):
            return JSONObject([("item", JSONValue(item)), ("event", JSONValue(event.type.rawValue)),
                               ("sample", JSONValue(event.sample)), ("position_mm", JSONValue(event.positionMM))])
        case .eventDelete(let item, let type):
            return JSONObject([("item", JSONValue(item)), ("event", JSONValue(type.rawValue))])
        case .undo(let target), .redo(let target):
            return JSONObject([("target", JSONValue(target))])
        case .unknown(_, let fields):
            return fields
        }
    }

    /// Parses one line (without its newline). Errors say what is wrong, for `journal.jsonl:LINE: ...`.
    public static func parse(line bytes: ArraySlice<UInt8>) -> Result<JournalEvent, JournalLineError> {
        guard let markerStart = lastIndex(of: crcMarker, in: bytes) else { return .failure(.noChecksum) }
        let payload = bytes[bytes.startIndex..<markerStart]
        let value: JSONValue
        do {
            value = try JSONParser.parse(Array(bytes))
        } catch {
            return .failure(.invalidJSON(error.message))
        }
        guard let object = value.objectValue, let crc = object["crc"]?.stringValue else {
            return .failure(.noChecksum)
        }
        guard crc == CRC32.hex(payload) else { return .failure(.checksumMismatch) }
        guard let version = object["v"]?.intValue else { return .failure(.missingField("v")) }
        guard version <= formatVersion else { return .failure(.newerVersion(version)) }
        return event(from: object)
    }

    private static func event(from o: JSONObject) -> Result<JournalEvent, JournalLineError> {
        guard let seq = o["seq"]?.intValue else { return .failure(.missingField("seq")) }
        guard let time = o["time"]?.stringValue else { return .failure(.missingField("time")) }
        guard let reviewer = o["reviewer"]?.stringValue else { return .failure(.missingField("reviewer")) }
        guard let type = o["type"]?.stringValue else { return .failure(.missingField("type")) }
        return action(type: type, o).map { JournalEvent(seq: seq, time: time, reviewer: reviewer, action: $0) }
    }

    private static func action(type: String, _ o: JSONObject) -> Result<JournalAction, JournalLineError> {
        switch type {
        case "verdict":
            guard let item = o["item"]?.stringValue else { return .failure(.missingField("item")) }
            guard let v = o["verdict"]?.stringValue.flatMap(Verdict.init(rawValue:)) else {
                return .failure(.missingField("verdict"))
            }
            return .success(.verdict(item: item, verdict: v, note: o["note"]?.stringValue, reason: o["reason"]?.stringValue))
        case "verdict.batch", "note", "flag", "audit.sample", "forget":
            return triageAction(type: type, o)
        case "box.set", "box.delete", "box.decision", "box.adopt":
            return boxAction(type: type, o)
        case "text.label", "text.label-delete":
            guard let item = o["item"]?.stringValue else { return .failure(.missingField("item")) }
            guard let label = o["label"]?.stringValue else { return .failure(.missingField("label")) }
            if type == "text.label-delete" { return .success(.textLabelDelete(item: item, label: label)) }
            guard let category = o["category"]?.stringValue else { return .failure(.missingField("category")) }
            let bounds = o["span"]?.arrayValue?.compactMap(\.intValue)
            let span = bounds.flatMap { $0.count == 2 ? TextSpan(start: $0[0], end: $0[1]) : nil }
            return .success(.textLabelSet(item: item, label: label, category: category, span: span))
        case "correction":
            guard let item = o["item"]?.stringValue else { return .failure(.missingField("item")) }
            guard let field = o["field"]?.stringValue else { return .failure(.missingField("field")) }
            guard let text = o["text"]?.stringValue else { return .failure(.missingField("text")) }
            return .success(.correction(item: item, field: field, text: text, reason: o["reason"]?.stringValue))
        case "event.set", "event.delete":
            return eventAction(type: type, o)
        case "undo", "redo":
            guard let target = o["target"]?.intValue else { return .failure(.missingField("target")) }
            return .success(type == "undo" ? .undo(target: target) : .redo(target: target))
        default:
            var fields = o
            for key in ["v", "seq", "time", "reviewer", "type", "crc"] { fields[key] = nil }
            return .success(.unknown(type: type, fields: fields))
        }
    }

    private static func eventAction(type: String, _ o: JSONObject) -> Result<JournalAction, JournalLineError> {
        guard let item = o["item"]?.stringValue else { return .failure(.missingField("item")) }
        guard let kind = o["event"]?.stringValue.flatMap(SignalEventType.init(rawValue:)) else {
            return .failure(.missingField("event"))
        }
        if type == "event.delete" { return .success(.eventDelete(item: item, type: kind)) }
        guard let sample = o["sample"]?.intValue, let mm = o["position_mm"]?.doubleValue else {
            return .failure(.missingField("sample"))
        }
        return .success(.eventSet(item: item, event: SignalEventPosition(type: kind, sample: sample, positionMM: mm)))
    }

    private static func lastIndex(of marker: [UInt8], in bytes: ArraySlice<UInt8>) -> Int? {
        guard bytes.count >= marker.count else { return nil }
        var i = bytes.endIndex - marker.count
        while i >= bytes.startIndex {
            if bytes[i] == marker[0], bytes[i..<(i + marker.count)].elementsEqual(marker) { return i }
            i -= 1
        }
        return nil
    }
}
