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
        var issues: [Issue] = []
        for labels in Dictionary(grouping: usable, by: \.category).values where labels.count > 1 {
            issues += nearDuplicates(among: labels, location: item.path)
        }
        // Grouping loses file order; sort so the same item always reports the same way.
        return issues.sorted { $0.message < $1.message }
    }

    private static func nearDuplicates(among labels: [Label], location: String) -> [Issue] {
        let sorted = labels.sorted { $0.bbox!.x < $1.bbox!.x }
        var issues: [Issue] = []
        for (i, first) in sorted.enumerated() {
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
