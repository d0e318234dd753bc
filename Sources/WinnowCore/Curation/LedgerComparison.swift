/// Whether two replays give the same curation state, item by item: what `winnow journal push`
/// and `pull` check after copying events from one store to the other.
public enum LedgerComparison {
    /// The items (by id) whose verdict, notes, flag or edited labels differ, then a note when the
    /// undone or forgotten events do; empty when the states are the same.
    public static func differences(_ a: CurationLedger, _ b: CurationLedger, items: [ReviewItem]) -> [String] {
        var differing = items.filter { item in
            a.verdict(for: item.id) != b.verdict(for: item.id) || a.notes(for: item.id) != b.notes(for: item.id)
                || a.isFlagged(item.id) != b.isFlagged(item.id) || a.edited(item).labels != b.edited(item).labels
        }.map(\.id)
        if a.undone != b.undone || a.forgotten != b.forgotten { differing.append("(the undone or forgotten events)") }
        return differing
    }
}
