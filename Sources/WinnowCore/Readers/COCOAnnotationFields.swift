/// The fields of one COCO annotation Winnow uses, picked out in a single pass over its keys
/// (a file may hold millions of annotations, so each is looked at once).
struct COCOAnnotationFields {
    var id: JSONValue?
    var imageID: JSONValue?
    var categoryID: JSONValue?
    var box = BoxField.value(nil)
    var score: Double?
    var crowd = false

    /// Straight from the bytes of one annotation object: the fields Winnow uses parsed, the rest
    /// (segmentation polygons, area) skipped without building anything.
    init(parsing parser: inout JSONParser) throws(JSONParseError) {
        var fields = COCOAnnotationFields(.null)
        try parser.forEachField { (key, p) throws(JSONParseError) in
            switch Self.field(key) {
            case 1: fields.id = try p.value()
            case 2: fields.imageID = try p.value()
            case 3: fields.categoryID = try p.value()
            case 4: fields.box = try BoxField.parse(&p)
            case 5: fields.score = try p.value().doubleValue
            case 6: fields.crowd = (try p.value().doubleValue ?? 0) != 0
            default: try p.skipValue()
            }
        }
        self = fields
    }

    private static let names: [[UInt8]] = ["id", "image_id", "category_id", "bbox", "score", "iscrowd"].map { Array($0.utf8) }

    /// 1-6 for the keys above, 0 for any other.
    private static func field(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        JSONParser.position(of: key, in: names).map { $0 + 1 } ?? 0
    }

    init(_ entry: JSONValue) {
        guard case .object(let object) = entry else { return }
        for pair in object.pairs {
            switch pair.key {
            case "id": id = pair.value
            case "image_id": imageID = pair.value
            case "category_id": categoryID = pair.value
            case "bbox": box = .value(pair.value)
            case "score": score = pair.value.doubleValue
            case "iscrowd": crowd = (pair.value.doubleValue ?? 0) != 0
            default: continue
            }
        }
    }
}
