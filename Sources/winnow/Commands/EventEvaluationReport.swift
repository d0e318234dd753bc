import Foundation
import WinnowCore

/// `winnow evaluate RUNS --predictions CSV`, as text and as JSON.
struct EventEvaluationReport {
    let evaluation: EventEvaluation

    var json: JSONValue {
        func row(_ r: EventEvaluation.Row) -> JSONValue {
            .object(JSONObject([("scope", JSONValue(r.scope)), ("pairs", JSONValue(r.pairs)), ("mean_absolute_error_mm", JSONValue(r.meanAbsoluteErrorMM)),
                                ("within_0_5_mm", JSONValue(r.within05)), ("within_1_mm", JSONValue(r.within1)),
                                ("missed", JSONValue(r.missed)), ("extra", JSONValue(r.extra))]))
        }
        return .object(JSONObject([("model", JSONValue(evaluation.model)), ("runs", JSONValue(evaluation.runs)),
                                   ("events", .array(evaluation.rows.map(row))), ("folds", .array(evaluation.folds.map(row)))]))
    }

    var text: String {
        func share(_ v: Double?) -> String { v.map { String(format: "%5.1f%%", 100 * $0) } ?? "     -" }
        func line(_ r: EventEvaluation.Row) -> String {
            r.scope.padding(toLength: 12, withPad: " ", startingAt: 0) + String(format: "%6d  ", r.pairs)
                + (r.meanAbsoluteErrorMM.map { String(format: "%7.3f", $0) } ?? "      -") + "  " + share(r.within05) + "  " + share(r.within1)
                + String(format: "  %6d  %5d", r.missed, r.extra)
        }
        let header = "scope        pairs   MAE mm  <=0.5mm   <=1mm  missed  extra"
        return (["model \(evaluation.model) against the runs' events as they stand (\(evaluation.runs) runs)", header] + evaluation.rows.map(line)
                + ["", "per fold of the signals export (24 folds by drilling group)", header] + evaluation.folds.map(line)).joined(separator: "\n")
    }
}
