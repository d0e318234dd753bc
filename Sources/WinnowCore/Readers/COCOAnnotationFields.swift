/// The fields of one COCO annotation Winnow uses, picked out in a single pass over its keys
/// (a file may hold millions of annotations, so each is looked at once).
struct COCOAnnotationFields {
    var id: JSONValue?
    var imageID: JSONValue?
    var categoryID: JSONValue?
    var bbox: JSONValue?
    var score: Double?
    var crowd = false

    init(_ entry: JSONValue) {
        guard case .object(let object) = entry else { return }
        for pair in object.pairs {
            switch pair.key {
            case "id": id = pair.value
            case "image_id": imageID = pair.value
            case "category_id": categoryID = pair.value
            case "bbox": bbox = pair.value
            case "score": score = pair.value.doubleValue
            case "iscrowd": crowd = (pair.value.doubleValue ?? 0) != 0
            default: continue
            }
        }
    }
}
