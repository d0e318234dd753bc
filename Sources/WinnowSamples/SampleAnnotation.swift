import WinnowCore

/// One box as written to `annotations/<id>.json`.
struct SampleAnnotation {
    let box: BoundingBox
    let category: String
    let confidence: Double
    let source: String
    let verified: Bool

    static func templateMatch(_ box: BoundingBox, _ category: String, confidence: Double) -> SampleAnnotation {
        SampleAnnotation(box: box, category: category, confidence: confidence, source: "template_matching", verified: false)
    }

    /// The capture tool's box for a click: 50x50 centred on the click, confidence 1.0, verified.
    static func userClick(atX x: Int, y: Int, _ category: String) -> SampleAnnotation {
        let box = BoundingBox(x: Double(x - 25), y: Double(y - 25), width: 50, height: 50)
        return SampleAnnotation(box: box, category: category, confidence: 1.0, source: "user_click", verified: true)
    }

    var json: JSONValue {
        [
            "bbox": [.number(box.x), .number(box.y), .number(box.width), .number(box.height)],
            "category_name": .string(category),
            "confidence": .number(confidence),
            "source": .string(source),
            "verified": .bool(verified),
        ]
    }
}
