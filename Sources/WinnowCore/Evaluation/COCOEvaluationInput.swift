import Foundation

/// A ground-truth COCO file and a COCO results file (`[{image_id, category_id, bbox, score}]`),
/// read for `winnow evaluate`. A result naming an image or category the truth does not have, or
/// with a box or score that cannot be, is reported as `file[index]: why` and left out.
public struct COCOEvaluationInput: Sendable {
    public var truth: [EvaluationBox] = []
    public var detections: [EvaluationBox] = []
    public var images: [Int] = []
    public var categories: [(id: Int, name: String)] = []
    public var problems: [String] = []

    public init(truth truthURL: URL, results resultsURL: URL) throws(EvaluationInputError) {
        let gt = try Self.parse(truthURL)
        images = (gt["images"]?.arrayValue ?? []).compactMap { $0["id"]?.intValue }
        categories = (gt["categories"]?.arrayValue ?? []).compactMap { c in c["id"]?.intValue.map { ($0, c["name"]?.stringValue ?? "\($0)") } }
        for (index, annotation) in (gt["annotations"]?.arrayValue ?? []).enumerated() {
            guard let box = Self.box(annotation, id: annotation["id"]?.intValue ?? 0, score: 1) else {
                problems.append("\(truthURL.lastPathComponent): annotations[\(index)]: no usable image_id, category_id and bbox")
                continue
            }
            var kept = box
            kept.area = annotation["area"]?.doubleValue ?? box.area
            kept.crowd = (annotation["iscrowd"]?.intValue ?? 0) != 0
            truth.append(kept)
        }
        guard let results = try Self.parse(resultsURL).arrayValue else {
            throw EvaluationInputError("\(resultsURL.path): a COCO results file is a JSON array of {image_id, category_id, bbox, score}")
        }
        readDetections(results, name: resultsURL.lastPathComponent)
    }

    private mutating func readDetections(_ results: [JSONValue], name: String) {
        let knownImages = Set(images), knownCategories = Set(categories.map(\.id))
        for (index, result) in results.enumerated() {
            let place = "\(name)[\(index)]"
            guard let score = result["score"]?.doubleValue, score.isFinite, (0...1).contains(score) else {
                problems.append("\(place): score must be a number from 0 to 1")
                continue
            }
            guard let box = Self.box(result, id: index + 1, score: score) else {
                problems.append("\(place): needs image_id, category_id and a bbox [x, y, w, h] of finite numbers, w and h not negative")
                continue
            }
            guard knownImages.contains(box.image) else {
                problems.append("\(place): image_id \(box.image) is not in the ground truth")
                continue
            }
            guard knownCategories.contains(box.category) else {
                problems.append("\(place): category_id \(box.category) is not in the ground truth")
                continue
            }
            detections.append(box)
        }
    }

    private static func box(_ value: JSONValue, id: Int, score: Double) -> EvaluationBox? {
        guard let image = value["image_id"]?.intValue, let category = value["category_id"]?.intValue,
              let b = value["bbox"]?.arrayValue?.compactMap(\.doubleValue), b.count == 4, b.allSatisfy(\.isFinite), b[2] >= 0, b[3] >= 0
        else { return nil }
        return EvaluationBox(id: id, image: image, category: category, x: b[0], y: b[1], width: b[2], height: b[3], score: score)
    }

    private static func parse(_ url: URL) throws(EvaluationInputError) -> JSONValue {
        guard let data = FileManager.default.contents(atPath: url.path) else { throw EvaluationInputError("\(url.path): cannot read") }
        do {
            return try JSONParser.parse([UInt8](data))
        } catch {
            throw EvaluationInputError("\(url.path): \(error)")
        }
    }
}
