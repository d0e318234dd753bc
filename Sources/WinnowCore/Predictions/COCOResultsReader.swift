import Foundation

/// A COCO results file: `[{image_id, category_id, bbox, score}]`. Images are found through the
/// ground truth's ids (or, beside other formats, as a file name in `image_id` or `file_name`);
/// categories through its ids, or by `category_name`. A result that names something the labels do
/// not have, or whose box or score cannot be, is reported as `file[index]: why` and left out.
enum COCOResultsReader {
    static func read(_ results: [JSONValue], into set: inout PredictionSet, file: String, targets: PredictionTargets) {
        for (index, result) in results.enumerated() {
            let place = "\(file)[\(index)]"
            switch entry(result, targets: targets) {
            case .success(let (item, category, bbox, score)):
                set.add(PredictedBox(model: set.name, category: category, bbox: bbox, score: score), item: item)
            case .failure(let problem):
                set.report(problem.message, at: place)
            }
        }
    }

    private static func entry(_ result: JSONValue, targets: PredictionTargets) -> Result<(String, String, BoundingBox, Double), ReadError> {
        guard result.objectValue != nil else { return .failure(ReadError("not an object")) }
        let scoreValue = result["score"]
        let score = scoreValue?.doubleValue ?? (scoreValue == nil ? 1 : .nan)
        guard score.isFinite, (0...1).contains(score) else { return .failure(ReadError("score must be a number from 0 to 1")) }
        guard let bbox = PredictionBoxCheck.box(result["bbox"]?.arrayValue?.map(\.doubleValue)) else {
            return .failure(ReadError("bbox must be [x, y, width, height] of finite numbers, width and height not negative"))
        }
        guard let item = image(result, targets: targets) else {
            let named = result["image_id"].map(\.jsonText) ?? result["file_name"]?.stringValue ?? "none"
            return .failure(ReadError("image_id \(named) is not an image of the dataset"))
        }
        guard let category = category(result, targets: targets) else {
            let named = result["category_id"].map(\.jsonText) ?? result["category_name"]?.stringValue ?? "none"
            return .failure(ReadError("category \(named) is not a category of the labels"))
        }
        return .success((item, category, bbox, score))
    }

    private static func image(_ result: JSONValue, targets: PredictionTargets) -> String? {
        if let id = COCOIdentifier(result["image_id"]), let item = targets.item(imageID: id) { return item }
        return result["file_name"]?.stringValue.flatMap(targets.item(fileName:))
    }

    private static func category(_ result: JSONValue, targets: PredictionTargets) -> String? {
        if let name = (result["category_name"] ?? result["category"])?.stringValue {
            return targets.categoryNames.contains(name) ? name : nil
        }
        guard let id = COCOIdentifier(result["category_id"]) else { return nil }
        return targets.categoryIDs[id.description]
    }
}
