import WinnowApp
import WinnowCore

/// `evaluate` of entity spans (a CoNLL file and an aligned prediction file): precision, recall and
/// F1 overall and per label, as seqeval's classification report gives them.
struct SpanEvaluationReport {
    let model: String
    let evaluation: SpanEvaluation
    let curated: SpanEvaluation?

    var json: JSONValue {
        var object = Self.figures(evaluation)
        object["model"] = JSONValue(model)
        if let curated { object["curated"] = .object(Self.figures(curated)) }
        return .object(object)
    }

    private static func figures(_ e: SpanEvaluation) -> JSONObject {
        var object = entry(e.overall)
        object["labels"] = .array(e.byLabel.map { label, figures in
            var entry = entry(figures)
            entry["label"] = JSONValue(label)
            return .object(entry)
        })
        return object
    }

    private static func entry(_ f: SpanEvaluation.Figures) -> JSONObject {
        JSONObject([("precision", JSONValue(f.precision)), ("recall", JSONValue(f.recall)), ("f1", JSONValue(f.f1)),
                    ("support", JSONValue(f.truth)), ("predicted", JSONValue(f.predicted)), ("correct", JSONValue(f.correct))])
    }

    var text: String {
        let width = max(9, evaluation.byLabel.map { TerminalSafe.width($0.label) }.max() ?? 0)
        let row = { (name: String, f: SpanEvaluation.Figures) in
            TerminalSafe.padded(name, toWidth: width) + String(format: "  %9.4f %9.4f %9.4f %7d", f.precision, f.recall, f.f1, f.truth)
        }
        var lines = ["model \(TerminalSafe.text(model)): \(evaluation.overall.predicted) predicted entities, \(evaluation.overall.truth) labelled",
                     "".padding(toLength: width, withPad: " ", startingAt: 0) + "  precision    recall        f1 support"]
        lines += evaluation.byLabel.map { row($0.label, $0.figures) }
        lines.append(row("overall", evaluation.overall))
        if let curated { lines.append(row("curated", curated.overall)) }
        return lines.joined(separator: "\n")
    }
}
