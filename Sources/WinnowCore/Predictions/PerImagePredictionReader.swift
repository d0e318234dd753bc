import Foundation

/// One JSON per image, as the web-UI labelling tool writes them: `{imageName, annotations:
/// [{x, y, width, height, tag, score?}]}`. A file whose image is not in the dataset, or an
/// annotation that cannot be a box, is reported and the rest used. Without a score, 1.
enum PerImagePredictionReader {
    static func read(_ file: URL, into set: inout PredictionSet, targets: PredictionTargets) {
        let name = file.lastPathComponent
        guard let object = PredictionFiles.json(file, into: &set) else { return }
        guard let imageName = object["imageName"]?.stringValue, let annotations = object["annotations"]?.arrayValue else {
            set.report("expected {\"imageName\", \"annotations\": [...]}", at: name)
            return
        }
        let stem = file.deletingPathExtension().lastPathComponent
        let fallback = stem.hasSuffix("_annotations") ? String(stem.dropLast("_annotations".count)) : stem
        guard let item = targets.item(fileName: imageName) ?? targets.item(fileName: fallback) else {
            set.report("image \(imageName) is not in the dataset", at: name)
            return
        }
        for (index, annotation) in annotations.enumerated() {
            read(annotation, item: item, into: &set, at: "\(name): annotations[\(index)]", targets: targets)
        }
    }

    private static func read(_ annotation: JSONValue, item: String, into set: inout PredictionSet, at place: String, targets: PredictionTargets) {
        let numbers = ["x", "y", "width", "height"].map { annotation[$0]?.doubleValue }
        guard let bbox = PredictionBoxCheck.box(numbers) else {
            set.report("x, y, width and height must be finite numbers, width and height not negative", at: place)
            return
        }
        guard let category = (annotation["tag"] ?? annotation["category"])?.stringValue, targets.categoryNames.contains(category) else {
            set.report("tag \(annotation["tag"]?.jsonText ?? "none") is not a category of the labels", at: place)
            return
        }
        let scoreValue = annotation["score"] ?? annotation["confidence"]
        let score = scoreValue.map { $0.doubleValue ?? .nan } ?? 1
        guard score.isFinite, (0...1).contains(score) else {
            set.report("score must be a number from 0 to 1", at: place)
            return
        }
        set.add(PredictedBox(model: set.name, category: category, bbox: bbox, score: score), item: item)
    }
}
