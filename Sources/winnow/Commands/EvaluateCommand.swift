import Foundation
import WinnowApp
import WinnowCore

/// `winnow evaluate PATH --predictions FILE [--json] [--iou-thresholds COCO|T] [--curated]`: box AP of
/// a detector against the labels, computed as pycocotools' COCOeval does. A COCO file with a COCO
/// results file is read as COCOeval reads them (crowd boxes, areas and ids as written); any other
/// dataset, and `--curated`, goes through the items: labels as read, and as the reviewers left them.
enum EvaluateCommand {
    static func run(_ args: ParsedArguments) throws(CLIError) -> ExitCode {
        let path = try DatasetPath.single(args, command: "evaluate")
        let options = try CommonOptions(args, path: path, command: "evaluate")
        guard let predictions = options.read.predictions else { throw .usage("missing --predictions FILE", command: "evaluate") }
        let thresholds = try iouThresholds(args["iou-thresholds"])
        let reports: [(json: JSONValue, text: String)]
        if !args.has("curated"), predictions.sources.count == 1, let exact = try exactCOCO(path, predictions.sources[0], thresholds) {
            reports = [(exact.json, exact.text)]
        } else {
            reports = try throughItems(options, predictions: predictions, thresholds: thresholds, curated: args.has("curated"))
        }
        if args.has("json") {
            JSONOutput.print(reports.count == 1 ? reports[0].json : .object(JSONObject([("models", .array(reports.map(\.json)))])))
        } else {
            print(reports.map(\.text).joined(separator: "\n\n"))
        }
        return .ok
    }

    /// `COCO` (0.50:0.05:0.95, the default) or one threshold such as 0.5.
    private static func iouThresholds(_ text: String?) throws(CLIError) -> [Double] {
        guard let text, text.uppercased() != "COCO" else { return DetectionEvaluation.iouThresholds }
        guard let value = Double(text), value > 0, value < 1 else {
            throw .usage("--iou-thresholds must be COCO or one number between 0 and 1, e.g. 0.5", command: "evaluate")
        }
        return [value]
    }

    /// A COCO ground-truth file and a COCO results array, read as pycocotools reads them; nil for anything else.
    private static func exactCOCO(_ path: String, _ source: PredictionSource, _ thresholds: [Double]) throws(CLIError) -> EvaluationReport? {
        let truth = URL(fileURLWithPath: path)
        guard truth.pathExtension.lowercased() == "json", DatasetDetector.detect(truth) == .coco,
              source.url.pathExtension.lowercased() == "json", (try? Data(contentsOf: source.url).first { $0 > 32 }) == UInt8(ascii: "[")
        else { return nil }
        let input: COCOEvaluationInput
        do {
            input = try COCOEvaluationInput(truth: truth, results: source.url)
        } catch {
            throw .unreadable(TerminalSafe.text(error.description))
        }
        for problem in input.problems { StandardError.write("warning: \(TerminalSafe.text(problem))") }
        let evaluation = DetectionEvaluation(truth: input.truth, detections: input.detections, images: input.images,
                                             categories: input.categories.map(\.id), thresholds: thresholds)
        return EvaluationReport(model: source.name, names: Dictionary(input.categories.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a }),
                                labels: evaluation, curated: nil, counts: (input.images.count, input.truth.count, input.detections.count),
                                skipped: input.problems.count)
    }

    /// Every prediction set against the items' labels as read and, with `--curated`, as curated
    /// (edits applied, rejected boxes and items judged bad left out, as exports do).
    private static func throughItems(_ options: CommonOptions, predictions: PredictionOptions, thresholds: [Double],
                                     curated: Bool) throws(CLIError) -> [(json: JSONValue, text: String)] {
        let session = try options.open()
        CommonOptions.reportProblems(session)
        let snapshot = try options.snapshot(session)
        let left = snapshot.items.indices.filter { snapshot.standingVerdict(ofItem: $0) != .bad }.map { snapshot.items[$0] }
        if snapshot.workspace.datasets.first?.format == .signals {
            return predictions.sources.map { source in
                let report = EventEvaluationReport(evaluation: EventEvaluation(items: left, model: source.name))
                return (report.json, report.text)
            }
        }
        if snapshot.workspace.datasets.first?.format == .text {
            return predictions.sources.map { source in
                let report = SpanEvaluationReport(model: source.name, evaluation: SpanEvaluation(items: snapshot.workspace.items, model: source.name),
                                                  curated: curated ? SpanEvaluation(items: left, model: source.name) : nil)
                return (report.json, report.text)
            }
        }
        let skipped = snapshot.workspace.datasets.flatMap(\.issues).filter { $0.code.hasPrefix("predictions") }.count
        return predictions.sources.map { source in
            let input = ItemEvaluationInput(items: snapshot.workspace.items, model: source.name)
            let after = curated ? ItemEvaluationInput(items: left, model: source.name).evaluate(thresholds: thresholds) : nil
            let report = EvaluationReport(model: source.name, names: Dictionary(uniqueKeysWithValues: input.categories.map { ($0.id, $0.name) }),
                                          labels: input.evaluate(thresholds: thresholds), curated: after,
                                          counts: (input.images.count, input.truth.count, input.detections.count), skipped: skipped)
            return (report.json, report.text)
        }
    }
}
