/// Picks what `u` and `U` act on across the datasets of a workspace: the reviewer's most recent
/// undoable event (or most recently undone one), whichever journal holds it.
public enum UndoPlanner {
    public static func nextUndo(in ledgers: [CurationLedger], reviewer: String) -> (dataset: Int, seq: Int)? {
        latest(ledgers.map { $0.nextUndo(for: reviewer) })
    }

    public static func nextRedo(in ledgers: [CurationLedger], reviewer: String) -> (dataset: Int, seq: Int)? {
        latest(ledgers.map { $0.nextRedo(for: reviewer) })
    }

    private static func latest(_ entries: [UndoEntry?]) -> (dataset: Int, seq: Int)? {
        var best: (dataset: Int, entry: UndoEntry)?
        for (index, entry) in entries.enumerated() {
            guard let entry else { continue }
            if best == nil || entry.time >= best!.entry.time { best = (index, entry) }
        }
        return best.map { ($0.dataset, $0.entry.seq) }
    }
}
