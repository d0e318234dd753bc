/// A COCO document of the selected screenshot items as curated: edited geometry, rejected boxes
/// and boxes without a positive finite size left out, ids from 1, categories sorted by name,
/// `area` = w*h, `iscrowd` 0, `segmentation` []. The same inputs give the same bytes.
public enum COCOExport {
    public struct Result {
        public var document: JSONValue
        public var images: Int
        public var annotations: Int
        /// Boxes left out because they were rejected or had no usable geometry.
        public var skipped: Int
    }

    public static func document(_ snapshot: ReviewSnapshot, items: [Int], info: JSONObject) -> Result {
        let selected = items.filter { snapshot.items[$0].kind == .screenshot }
        let categories = Set(selected.flatMap { snapshot.items[$0].labels.filter(usable).map(\.category) }).sorted()
        let categoryID = Dictionary(uniqueKeysWithValues: categories.enumerated().map { ($1, $0 + 1) })
        var images: [JSONValue] = []
        var annotations: [JSONValue] = []
        var skipped = 0
        for (imageIndex, index) in selected.enumerated() {
            let item = snapshot.items[index]
            images.append(.object(JSONObject([("id", JSONValue(imageIndex + 1)), ("file_name", JSONValue(item.path)),
                                              ("width", JSONValue(item.width)), ("height", JSONValue(item.height))])))
            for label in item.labels {
                guard usable(label), let box = label.bbox else { skipped += 1; continue }
                annotations.append(.object(JSONObject([
                    ("id", JSONValue(annotations.count + 1)), ("image_id", JSONValue(imageIndex + 1)),
                    ("category_id", JSONValue(categoryID[label.category]!)),
                    ("bbox", .array([JSONValue(box.x), JSONValue(box.y), JSONValue(box.width), JSONValue(box.height)])),
                    ("area", JSONValue(box.width * box.height)), ("iscrowd", 0), ("segmentation", []),
                ])))
            }
        }
        let document = JSONObject([
            ("info", .object(info)), ("licenses", []), ("images", .array(images)), ("annotations", .array(annotations)),
            ("categories", .array(categories.map { .object(JSONObject([("id", JSONValue(categoryID[$0]!)), ("name", JSONValue($0)),
                                                                      ("supercategory", "")])) })),
        ])
        return Result(document: .object(document), images: images.count, annotations: annotations.count, skipped: skipped)
    }

    /// A box that training code can use: not rejected, finite, positive size.
    static func usable(_ label: Label) -> Bool {
        guard !label.rejected, let box = label.bbox, box.isFinite else { return false }
        return box.width > 0 && box.height > 0
    }
}
