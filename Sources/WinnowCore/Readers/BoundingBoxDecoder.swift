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
}
