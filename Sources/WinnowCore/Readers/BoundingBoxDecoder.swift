/// Reads a COCO-style `[x, y, width, height]` array. What can be kept is kept: a null entry
/// (a NaN that Python wrote) becomes NaN so validation flags the box; negative sizes stay as
/// read. Only a box that is missing, too short or not numeric comes back as nil with a problem.
enum BoundingBoxDecoder {
    struct Decoded {
        var box: BoundingBox?
        /// Why the box could not be read, or what was odd about it (extra numbers).
        var problem: String?
    }

    static func decode(_ value: JSONValue?) -> Decoded {
        guard let value, !value.isNull else { return Decoded(box: nil, problem: "has no bbox") }
        guard let array = value.arrayValue else { return Decoded(box: nil, problem: "bbox is not an array") }
        guard array.count >= 4 else {
            return Decoded(box: nil, problem: "bbox has \(array.count) numbers, needs 4 [x, y, width, height]")
        }
        var numbers: [Double] = []
        for element in array.prefix(4) {
            switch element {
            case .number(let n): numbers.append(n)
            case .null: numbers.append(.nan)
            default: return Decoded(box: nil, problem: "bbox holds \(element.jsonText), not a number")
            }
        }
        let box = BoundingBox(x: numbers[0], y: numbers[1], width: numbers[2], height: numbers[3])
        let extra = array.count > 4 ? "bbox has \(array.count) numbers; the first 4 were used" : nil
        return Decoded(box: box, problem: extra)
    }

    /// Four numbers in brackets, read straight from the bytes with the parser left after them, as
    /// nearly every box is; nil with the parser where it was for anything else (read it as a value).
    static func plainBox(_ parser: inout JSONParser) -> BoundingBox? {
        let start = parser
        if let box = try? fourNumbers(&parser) { return box }
        parser = start
        return nil
    }

    private static func fourNumbers(_ p: inout JSONParser) throws(JSONParseError) -> BoundingBox {
        var numbers = (0.0, 0.0, 0.0, 0.0)
        var count = 0
        try p.forEachElementInPlace { (q) throws(JSONParseError) in
            guard count < 4, case .number(let n) = try q.value() else { throw q.error("not four numbers") }
            switch count {
            case 0: numbers.0 = n
            case 1: numbers.1 = n
            case 2: numbers.2 = n
            default: numbers.3 = n
            }
            count += 1
        }
        guard count == 4 else { throw p.error("not four numbers") }
        return BoundingBox(x: numbers.0, y: numbers.1, width: numbers.2, height: numbers.3)
    }
}
