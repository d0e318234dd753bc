/// An annotation's `bbox` as read: four numbers taken straight from the bytes, as nearly every box
/// is, or else the value (nil when absent), which `BoundingBoxDecoder` reads with its problems.
enum BoxField {
    case plain(BoundingBox)
    case value(JSONValue?)

    /// The box at the parser, which is left past it.
    static func parse(_ parser: inout JSONParser) throws(JSONParseError) -> BoxField {
        if let box = BoundingBoxDecoder.plainBox(&parser) { return .plain(box) }
        return .value(try parser.value())
    }

    /// The box, with what was odd about it.
    var decoded: BoundingBoxDecoder.Decoded {
        switch self {
        case .plain(let box): BoundingBoxDecoder.Decoded(box: box, problem: nil)
        case .value(let value): BoundingBoxDecoder.decode(value)
        }
    }

    /// What was read, for a message: the box, else the value as JSON text.
    var readText: String {
        if let box = decoded.box { return "\(box)" }
        if case .value(let value?) = self { return value.jsonText }
        return "none"
    }
}
