/// Line fields of the triage events (batch verdicts, notes, flags, audit samples):
///
///     "type":"verdict.batch","items":["a","b"],"verdict":"good"[,"note":"..."]
///     "type":"note","item":"a","text":"..."
///     "type":"flag","item":"a","on":true
///     "type":"audit.sample","tier":"high","seed":"42","items":["b","a"]
///     "type":"forget","items":["session-…"]
///
/// The seed is a decimal string: JSON numbers are doubles and would round a 64-bit seed.
extension JournalEvent {
    func triageFields() -> JSONObject {
        switch action {
        case .batchVerdict(let items, let verdict, let note):
            var o = JSONObject([("items", Self.stringArray(items)), ("verdict", JSONValue(verdict.rawValue))])
            if let note { o["note"] = JSONValue(note) }
            return o
        case .note(let item, let text):
            return JSONObject([("item", JSONValue(item)), ("text", JSONValue(text))])
        case .flag(let item, let on):
            return JSONObject([("item", JSONValue(item)), ("on", JSONValue(on))])
        case .auditSample(let tier, let seed, let items):
            return JSONObject([("tier", JSONValue(tier)), ("seed", JSONValue(String(seed))), ("items", Self.stringArray(items))])
        case .forget(let items):
            return JSONObject([("items", Self.stringArray(items))])
        default:
            return JSONObject()
        }
    }

    static func triageAction(type: String, _ o: JSONObject) -> Result<JournalAction, JournalLineError> {
        switch type {
        case "verdict.batch":
            guard let items = strings(o["items"]) else { return .failure(.missingField("items")) }
            guard let v = o["verdict"]?.stringValue.flatMap(Verdict.init(rawValue:)) else { return .failure(.missingField("verdict")) }
            return .success(.batchVerdict(items: items, verdict: v, note: o["note"]?.stringValue))
        case "note":
            guard let item = o["item"]?.stringValue else { return .failure(.missingField("item")) }
            guard let text = o["text"]?.stringValue else { return .failure(.missingField("text")) }
            return .success(.note(item: item, text: text))
        case "flag":
            guard let item = o["item"]?.stringValue else { return .failure(.missingField("item")) }
            guard let on = o["on"]?.boolValue else { return .failure(.missingField("on")) }
            return .success(.flag(item: item, on: on))
        case "forget":
            guard let items = strings(o["items"]) else { return .failure(.missingField("items")) }
            return .success(.forget(items: items))
        default:
            guard let tier = o["tier"]?.stringValue else { return .failure(.missingField("tier")) }
            guard let seed = o["seed"]?.stringValue.flatMap({ UInt64($0) }) else { return .failure(.missingField("seed")) }
            guard let items = strings(o["items"]) else { return .failure(.missingField("items")) }
            return .success(.auditSample(tier: tier, seed: seed, items: items))
        }
    }

    private static func stringArray(_ strings: [String]) -> JSONValue {
        .array(strings.map { .string($0) })
    }

    /// An array of strings, or nil if the value is not one (a hand edit put something else there).
    private static func strings(_ value: JSONValue?) -> [String]? {
        guard let array = value?.arrayValue else { return nil }
        var result: [String] = []
        result.reserveCapacity(array.count)
        for element in array {
            guard let s = element.stringValue else { return nil }
            result.append(s)
        }
        return result
    }
}
