/// `labels.csv`: one row per exported box, with its image, split and the item's review.
public enum LabelCSVExport {
    static let columns = ["item_id", "image", "split", "fold", "width", "height", "category", "category_id",
                          "x", "y", "w", "h", "confidence", "source", "verified", "verdict", "reviewer", "reason", "tier"]

    public static func files(_ plan: ExportPlan, snapshot: ReviewSnapshot) -> [ExportFile] {
        var out = columns.joined(separator: ",") + "\n"
        for entry in plan.entries {
            let review = ExportReview(snapshot, entry.item)
            let head: [JSONValue] = [JSONValue(snapshot.items[entry.item].id), JSONValue(ExportLayout.imageReference(plan, entry)),
                                     JSONValue(plan.splitNames[entry.split]), entry.fold.map { JSONValue($0) } ?? .null,
                                     JSONValue(entry.width), JSONValue(entry.height)]
            let tail = [JSONValue(review.verdict), JSONValue(review.reviewer), JSONValue(review.reason), JSONValue(review.tier)]
            for box in entry.boxes {
                let b = box.box
                let label = box.label(in: snapshot.items[entry.item])
                let middle: [JSONValue] = [JSONValue(label.category), JSONValue(box.category)]
                    + [b.x, b.y, b.width, b.height, label.confidence].map { JSONValue($0) }
                    + [JSONValue(label.source), JSONValue(label.verified)]
                out += (head + middle + tail).map { CSVField.escaped($0.csvText) }.joined(separator: ",") + "\n"
            }
        }
        return [ExportFile("labels.csv", text: out)]
    }
}
