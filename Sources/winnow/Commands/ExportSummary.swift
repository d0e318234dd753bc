import WinnowApp
import WinnowCore

/// What an export did, on stderr: counts per split, and what was left out or needs a look.
enum ExportSummary {
    /// Groups, and images per group, named on the terminal.
    static let shown = 5

    static func print(_ plan: ExportPlan, snapshot: ReviewSnapshot, out: String) {
        let splits = plan.entriesBySplit.enumerated().map { split, entries in
            let name = plan.isSplit ? plan.splitNames[split] + " " : ""
            return "\(name)\(entries.count) images/\(entries.reduce(0) { $0 + $1.boxes.count }) boxes"
        }
        StandardError.write("exported \(plan.options.format.rawValue) to \(out): \(splits.joined(separator: ", ")), \(plan.categories.count) categories")
        if plan.leftOutBoxes > 0 { StandardError.write("left out \(plan.leftOutBoxes) rejected or empty boxes") }
        if plan.clippedBoxes > 0 { StandardError.write("cut \(plan.clippedBoxes) boxes to their image") }
        if !plan.droppedSplits.isEmpty { StandardError.write("dropped empty split(s): \(plan.droppedSplits.joined(separator: ", "))") }
        if !plan.droppedDuplicates.isEmpty { StandardError.write("--dedup left out \(plan.droppedDuplicates.count) duplicate images") }
        // Named a few at a time: thousands of copies of one image would otherwise fill the terminal.
        for group in plan.duplicatesAcrossSplits.prefix(shown) {
            var ids = group.prefix(shown).map { TerminalSafe.text(snapshot.items[$0].id) }.joined(separator: ", ")
            if group.count > shown { ids += " and \(group.count - shown) more" }
            StandardError.write("warning: near-duplicate images in different splits: \(ids) (--dedup keeps one)")
        }
        if plan.duplicatesAcrossSplits.count > shown {
            StandardError.write("warning: \(plan.duplicatesAcrossSplits.count - shown) more groups of near-duplicate images in different splits")
        }
    }
}
