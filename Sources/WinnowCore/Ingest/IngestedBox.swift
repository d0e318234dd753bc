/// One box as ingest writes it into `annotations/<id>.json` (DESIGN section 4).
public struct IngestedBox: Equatable, Sendable {
    public enum Source: String, Sendable {
        /// From the matcher: its confidence, not verified.
        case templateMatching = "template_matching"
        /// Inferred from a click: confidence 1.0, verified (a person or a script chose that spot).
        case userClick = "user_click"
    }

    /// What makes two boxes the same when merging: place, size, category and source. The same match
    /// seen again with another score is not a second box (the first score stays).
    struct Identity: Hashable {
        let bbox: BoundingBox
        let category: String
        let source: String
    }

    public static let clickBoxSide = 50.0

    public let bbox: BoundingBox
    public let category: String
    public let confidence: Double
    public let source: Source

    public var verified: Bool { source == .userClick }

    public static func matched(_ match: TemplateMatch) -> IngestedBox {
        IngestedBox(bbox: match.box, category: match.category, confidence: match.confidence, source: .templateMatching)
    }

    /// 50x50 centered on the click, as the seed's exporter infers it.
    public static func clicked(at click: ClickLocation, category: String) -> IngestedBox {
        let half = clickBoxSide / 2
        let box = BoundingBox(x: click.x - half, y: click.y - half, width: clickBoxSide, height: clickBoxSide)
        return IngestedBox(bbox: box, category: category, confidence: 1.0, source: .userClick)
    }

    var identity: Identity { Identity(bbox: bbox, category: category, source: source.rawValue) }

    /// The identity of an entry already in an annotation file; nil when it has no readable box.
    static func identity(ofEntry entry: JSONValue) -> Identity? {
        guard let box = BoundingBoxDecoder.decode(entry["bbox"]).box else { return nil }
        return Identity(bbox: box, category: entry["category_name"]?.stringValue ?? "", source: entry["source"]?.stringValue ?? "")
    }

    var json: JSONValue {
        [
            "bbox": [.number(bbox.x), .number(bbox.y), .number(bbox.width), .number(bbox.height)],
            "category_name": .string(category),
            "confidence": .number(confidence),
            "source": .string(source.rawValue),
            "verified": .bool(verified),
        ]
    }
}
