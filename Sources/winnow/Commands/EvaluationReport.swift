import WinnowApp
import WinnowCore

/// One model's figures as `evaluate` prints them: against the labels as read and, with
/// `--curated`, as the reviewers left them; per category AP and the best F1 cut-off.
struct EvaluationReport {
    let model: String
    let names: [Int: String]
    let labels: DetectionEvaluation
    let curated: DetectionEvaluation?
    let counts: (images: Int, truth: Int, detections: Int)
    let skipped: Int

    var json: JSONValue {
        var object = Self.figures(labels, names: names)
        object["model"] = JSONValue(model)
        object["images"] = JSONValue(counts.images)
        object["truth"] = JSONValue(counts.truth)
        object["detections"] = JSONValue(counts.detections)
        object["skipped"] = JSONValue(skipped)
        if let curated { object["curated"] = .object(Self.figures(curated, names: names)) }
        return .object(object)
    }

    private static func figures(_ e: DetectionEvaluation, names: [Int: String]) -> JSONObject {
        let best = Dictionary(uniqueKeysWithValues: e.bestF1.map { ($0.category, $0.best) })
        return JSONObject([
            ("ap", JSONValue(e.averagePrecision)), ("ap50", JSONValue(e.averagePrecision50)), ("ap75", JSONValue(e.averagePrecision75)),
            ("ar100", JSONValue(e.averageRecall100)), ("iou_thresholds", .array(e.thresholds.map { JSONValue($0) })),
            ("categories", .array(e.categoryAveragePrecision.map { entry in
                var category = JSONObject([("id", JSONValue(entry.category)), ("name", .string(names[entry.category] ?? "")),
                                           ("ap", entry.ap.map { JSONValue($0) } ?? .null)])
                if let f1 = best[entry.category] ?? nil {
                    category["best_f1"] = .object(JSONObject([("score", JSONValue(f1.score)), ("f1", JSONValue(f1.f1)),
                                                              ("precision", JSONValue(f1.precision)), ("recall", JSONValue(f1.recall))]))
                }
                return .object(category)
            })),
        ])
    }

    var text: String {
        let figure = { (value: Double) in value < 0 ? "  -  " : String(format: "%.3f", value) }
        let pair = { (a: Double, b: Double?) in figure(a) + (b.map { "    " + figure($0) } ?? "") }
        let ap = labels.thresholds.count == 1 ? String(format: "AP@%.2f", labels.thresholds[0]) : "AP@[.50:.95]"
        var lines = ["model \(TerminalSafe.text(model)): \(counts.detections) predictions, \(counts.truth) labels, \(counts.images) images"]
        if curated != nil { lines.append("              labels   curated") }
        lines += [ap.padding(toLength: 14, withPad: " ", startingAt: 0) + pair(labels.averagePrecision, curated?.averagePrecision),
                  "AP50          " + pair(labels.averagePrecision50, curated?.averagePrecision50),
                  "AP75          " + pair(labels.averagePrecision75, curated?.averagePrecision75),
                  "AR@100        " + pair(labels.averageRecall100, curated?.averageRecall100),
                  String(format: "per category %@, best F1 at IoU %.2f:", ap, labels.thresholds[0])]
        let after = Dictionary(uniqueKeysWithValues: (curated?.categoryAveragePrecision ?? []).map { ($0.category, $0.ap) })
        let best = Dictionary(uniqueKeysWithValues: labels.bestF1.map { ($0.category, $0.best) })
        let width = names.values.map(TerminalSafe.width).max() ?? 0
        for (category, value) in labels.categoryAveragePrecision {
            let name = TerminalSafe.padded(names[category] ?? "\(category)", toWidth: width)
            let shown = value.map { pair($0, curated == nil ? nil : (after[category] ?? nil) ?? -1) } ?? "no ground truth"
            let f1 = (best[category] ?? nil).flatMap { $0.f1 > 0 ? $0 : nil }.map { String(format: "  F1 %.2f at score >= %.2f", $0.f1, $0.score) } ?? ""
            lines.append("  \(name)  \(shown)\(f1)")
        }
        return lines.joined(separator: "\n")
    }
}
