import Foundation

extension ItemValidator {
    /// Pairs of boxes of one category that overlap almost completely: usually the same thing
    /// labeled twice. Boxes are swept by left edge, so only horizontally overlapping pairs are
    /// compared.
    static func nearDuplicateIssues(_ item: ReviewItem) -> [Issue] {
        let labels = item.labels
        var usable = labels.indices.filter { index in
            guard let box = labels[index].bbox else { return false }
            return box.isFinite && box.width > 0 && box.height > 0
        }
        guard usable.count > 1 else { return [] }
        // Positions by category, then left edge (equal edges keep file order); no dictionary per
        // item and no labels copied, which a million boxes felt.
        usable.sort { a, b in
            if labels[a].category != labels[b].category { return labels[a].category < labels[b].category }
            let (x, y) = (labels[a].bbox!.x, labels[b].bbox!.x)
            return x < y || x == y && a < b
        }
        var issues: [Issue] = []
        var start = 0
        while start < usable.count {
            let category = labels[usable[start]].category
            let end = usable[start...].firstIndex { labels[$0].category != category } ?? usable.count
            if end - start > 1 { issues += nearDuplicates(among: usable[start..<end], of: labels, location: item.path) }
            start = end
        }
        // Sorted so the same item always reports the same way.
        return issues.sorted { $0.message < $1.message }
    }

    /// Positions of labels of one category sorted by their left edge.
    private static func nearDuplicates(among sorted: ArraySlice<Int>, of labels: [Label], location: String) -> [Issue] {
        var issues: [Issue] = []
        for (i, first) in zip(sorted.indices, sorted) {
            let a = labels[first].bbox!
            for second in sorted[(i + 1)...] {
                let b = labels[second].bbox!
                if b.x >= a.maxX { break }
                let iou = a.iou(b)
                if iou > nearDuplicateIoU {
                    let message = "\(describe(labels[first])) and \(describe(labels[second])) overlap almost completely (IoU \(String(format: "%.2f", iou)))"
                    issues.append(Issue(.warning, "box.near-duplicate", message, location: location))
                }
            }
        }
        return issues
    }
}
