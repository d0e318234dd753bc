/// The labels and one model's predictions of reviewed items, as COCOeval's input: images and
/// categories numbered in order (categories: those of the labels, sorted), standing boxes only
/// (rejected ones are out). What `evaluate` uses for datasets that are not one COCO file, and
/// for `--curated`: the labels as the reviewers left them.
public struct ItemEvaluationInput: Sendable {
    public var truth: [EvaluationBox] = []
    public var detections: [EvaluationBox] = []
    public var images: [Int] = []
    public var categories: [(id: Int, name: String)] = []

    public init(items: [ReviewItem], model: String) {
        let names = Set(items.flatMap { $0.labels.filter { $0.bbox != nil }.map(\.category) }).sorted()
        categories = names.enumerated().map { ($0.offset + 1, $0.element) }
        let ids = Dictionary(uniqueKeysWithValues: categories.map { ($0.name, $0.id) })
        for (index, item) in items.enumerated() {
            let image = index + 1
            images.append(image)
            for label in item.labels where !label.rejected {
                guard let b = label.bbox, let category = ids[label.category] else { continue }
                truth.append(EvaluationBox(id: truth.count + 1, image: image, category: category, x: b.x, y: b.y, width: b.width,
                                           height: b.height, crowd: label.crowd))
            }
            for prediction in item.modelOutput?.boxes ?? [] where prediction.model == model {
                guard let category = ids[prediction.category] else { continue }  // as COCOeval: only the truth's categories
                let b = prediction.bbox
                detections.append(EvaluationBox(id: detections.count + 1, image: image, category: category, x: b.x, y: b.y,
                                                width: b.width, height: b.height, score: prediction.score))
            }
        }
    }

    public func evaluate(thresholds: [Double] = DetectionEvaluation.iouThresholds) -> DetectionEvaluation {
        DetectionEvaluation(truth: truth, detections: detections, images: images, categories: categories.map(\.id), thresholds: thresholds)
    }
}
