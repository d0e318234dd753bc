/// The review behind an exported item, as JSONL and CSV carry it.
struct ExportReview {
    var dataset: String
    var verdict: String?
    var reviewer: String?
    var reason: String?
    var confidence: Double?
    var tier: String
    var notes: [String]

    init(_ snapshot: ReviewSnapshot, _ index: Int) {
        let record = snapshot.verdict(ofItem: index)
        let item = snapshot.items[index]
        dataset = snapshot.workspace.datasets[snapshot.workspace.datasetIndexOfItem[index]].name
        verdict = record?.verdict.rawValue
        reviewer = record?.reviewer
        reason = record?.reason
        confidence = item.confidence
        tier = item.tier(snapshot.thresholds).rawValue
        notes = snapshot.ledger(ofItem: index).notes(for: snapshot.workspace.items[index].localID).map(\.text)
    }

    /// The scalar fields in output order.
    var fields: [(String, JSONValue)] {
        [("verdict", JSONValue(verdict)), ("reviewer", JSONValue(reviewer)), ("reason", JSONValue(reason)),
         ("confidence", JSONValue(confidence)), ("tier", JSONValue(tier))]
    }
}
