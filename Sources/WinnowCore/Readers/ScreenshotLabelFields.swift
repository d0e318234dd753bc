/// The keys Winnow reads from one entry of an annotation file's list, picked out as they are parsed
/// (or from a parsed object); the rest are parsed and dropped. A repeated key: the last one wins,
/// as in `JSONObject`.
struct ScreenshotLabelFields {
    /// Set when the entry is not an object: it is then only reported.
    var notAnObject = false
    var box = BoxField.value(nil)
    var category: JSONValue?
    var source: JSONValue?
    var verified: JSONValue?
    var confidence: JSONValue?

    private init() {}

    init(_ entry: JSONValue) {
        guard let object = entry.objectValue else { notAnObject = true; return }
        box = .value(object["bbox"])
        category = object["category_name"]
        source = object["source"]
        verified = object["verified"]
        confidence = object["confidence"]
    }

    /// `strings` hands back texts met before (a source names a million labels).
    init(parsing parser: inout JSONParser, strings: inout RepeatedStrings) throws(JSONParseError) {
        guard parser.peek() == UInt8(ascii: "{") else {
            self.init(try parser.value())
            return
        }
        var fields = ScreenshotLabelFields()
        try parser.forEachField { (key, p) throws(JSONParseError) in
            switch Self.field(key) {
            case 1: fields.box = try BoxField.parse(&p)
            case 2: fields.category = try Self.text(&p, &strings)
            case 3: fields.source = try Self.text(&p, &strings)
            case 4: fields.verified = try p.value()
            case 5: fields.confidence = try p.value()
            default: _ = try p.value()  // parsed, so a broken value is caught as the tree reader would
            }
        }
        self = fields
    }

    private static func text(_ p: inout JSONParser, _ strings: inout RepeatedStrings) throws(JSONParseError) -> JSONValue {
        if let plain = p.plainString() { return .string(strings.string(plain)) }
        return try p.value()
    }

    private static let names: [[UInt8]] = ["bbox", "category_name", "source", "verified", "confidence"].map { Array($0.utf8) }

    /// 1-5 for the keys above, 0 for any other.
    private static func field(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        JSONParser.position(of: key, in: names).map { $0 + 1 } ?? 0
    }
}
