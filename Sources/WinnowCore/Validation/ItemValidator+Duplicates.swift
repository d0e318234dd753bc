import Foundation

extension ItemValidator {
    /// Pairs of boxes of one category that overlap almost completely: usually the same thing
    /// labeled twice. Boxes are swept by left edge, so only horizontally overlapping pairs are
    /// compared.
    static func nearDuplicateIssues(_ item: ReviewItem) -> [Issue] {
        let usable = item.labels.filter { label in
            guard let box = label.bbox else { return false }
            return box.isFinite && box.width > 0 && box.height > 0
        }
        guard usable.count > 1 else { return [] }
        // By category, then left edge (a stable sort: equal edges keep file order); no dictionary
        // per item, which a million boxes felt.
        let sorted = usable.sorted { $0.category != $1.category ? $0.category < $1.category : $0.bbox!.x < $1.bbox!.x }
        var issues: [Issue] = []
        var start = 0
        while start < sorted.count {
            let end = sorted[start...].firstIndex { $0.category != sorted[start].category } ?? sorted.count
            if end - start > 1 { issues += nearDuplicates(among: sorted[start..<end], location: item.path) }
            start = end
        }
        // Sorted so the same item always reports the same way.
        return issues.sorted { $0.message < $1.message }
    }

    /// Labels of one category sorted by their left edge.
    private static func nearDuplicates(among sorted: ArraySlice<Label>, location: String) -> [Issue] {
        var issues: [Issue] = []
        for (i, first) in zip(sorted.indices, sorted) {
            let a = first.bbox!
            for second in sorted[(i + 1)...] {
                let b = second.bbox!
                if b.x >= a.maxX { break }
                let iou = a.iou(b)
                if iou > nearDuplicateIoU {
                    let message = "\(describe(first)) and \(describe(second)) overlap almost completely (IoU \(String(format: "%.2f", iou)))"
                    issues.append(Issue(.warning, "box.near-duplicate", message, location: location))
                }
            }
        }
        return issues
    }
}
