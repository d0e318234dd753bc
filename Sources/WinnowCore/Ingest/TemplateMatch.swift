/// The seed's `match_summary`: which template the matcher found, where, and how sure it was.
public struct TemplateMatch: Equatable, Sendable {
    /// `image_id`: the template's name, used as the box's category (`login_button`).
    public var category: String
    public var confidence: Double
    /// `location` is the match's TOP-LEFT corner, not its center: the seed's exporter builds the box
    /// as `[location.x, location.y, template_size.width, template_size.height]`, and its example
    /// (location 100,50; template 200x100; box [100, 50, 200, 100]; click at 150,100) only holds
    /// together that way.
    public var box: BoundingBox

    public init(category: String, confidence: Double, box: BoundingBox) {
        self.category = category
        self.confidence = confidence
        self.box = box
    }

    /// A match must be complete: a box without a size or a score would be a made-up label.
    static func parse(_ fields: RecordFields) throws(IngestProblem) -> TemplateMatch {
        let category = try fields.string("image_id")
        let confidence = try fields.number("confidence")
        guard (0...1).contains(confidence) else {
            throw fields.problem("\"\(fields.prefix)confidence\" \(JSONWriter.number(confidence)) is outside 0...1; record skipped")
        }
        let location = try fields.nested("location")
        let size = try fields.nested("template_size")
        let box = BoundingBox(x: try location.number("x"), y: try location.number("y"),
                              width: try size.number("width"), height: try size.number("height"))
        guard box.width > 0, box.height > 0 else {
            throw fields.problem("\"\(fields.prefix)template_size\" \(JSONWriter.number(box.width))x\(JSONWriter.number(box.height)) is empty; record skipped")
        }
        return TemplateMatch(category: category, confidence: confidence, box: box)
    }
}
