import Foundation
import WinnowApp
import WinnowCore

/// `winnow evaluate TRUTH.json --predictions RESULTS.json [--json]`: COCO box AP of a detector's
/// results against a ground-truth COCO file, computed as pycocotools' COCOeval does.
enum EvaluateCommand {
    static func run(_ args: ParsedArguments) throws(CLIError) -> ExitCode {
        let path = try DatasetPath.single(args, command: "evaluate")
        guard let predictions = args["predictions"] else { throw .usage("missing --predictions RESULTS.json", command: "evaluate") }
        let input: COCOEvaluationInput
        do {
            input = try COCOEvaluationInput(truth: URL(fileURLWithPath: path), results: URL(fileURLWithPath: predictions))
        } catch {
            throw .unreadable(TerminalSafe.text(error.description))
        }
        for problem in input.problems { StandardError.write("warning: \(TerminalSafe.text(problem))") }
        let evaluation = DetectionEvaluation(truth: input.truth, detections: input.detections, images: input.images,
                                             categories: input.categories.map(\.id))
        let names = Dictionary(input.categories.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        if args.has("json") {
            JSONOutput.print(json(evaluation, names: names, input: input))
        } else {
            print(text(evaluation, names: names))
        }
        return .ok
    }

    private static func json(_ e: DetectionEvaluation, names: [Int: String], input: COCOEvaluationInput) -> JSONValue {
        .object(JSONObject([
            ("ap", JSONValue(e.averagePrecision)), ("ap50", JSONValue(e.averagePrecision50)), ("ap75", JSONValue(e.averagePrecision75)),
            ("ar100", JSONValue(e.averageRecall100)),
            ("categories", .array(e.categoryAveragePrecision.map { entry in
                .object(JSONObject([("id", JSONValue(entry.category)), ("name", .string(names[entry.category] ?? "")),
                                    ("ap", entry.ap.map { JSONValue($0) } ?? .null)]))
            })),
            ("images", JSONValue(input.images.count)), ("truth", JSONValue(input.truth.count)),
            ("detections", JSONValue(input.detections.count)), ("skipped", JSONValue(input.problems.count)),
        ]))
    }

    private static func text(_ e: DetectionEvaluation, names: [Int: String]) -> String {
        let figure = { (value: Double) in value < 0 ? "  -  " : String(format: "%.3f", value) }
        var lines = ["AP@[.50:.95]  \(figure(e.averagePrecision))", "AP50          \(figure(e.averagePrecision50))",
                     "AP75          \(figure(e.averagePrecision75))", "AR@100        \(figure(e.averageRecall100))",
                     "per category AP@[.50:.95]:"]
        lines += e.categoryAveragePrecision.map { "  \(TerminalSafe.text(names[$0.category] ?? "\($0.category)"))  \($0.ap.map(figure) ?? "no ground truth")" }
        return lines.joined(separator: "\n")
    }
}
