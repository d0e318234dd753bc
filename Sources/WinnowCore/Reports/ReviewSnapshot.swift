/// A workspace with its curation state, as the scriptable commands report it.
public struct ReviewSnapshot: Sendable {
    public let workspace: Workspace
    public let ledgers: [CurationLedger]
    public let thresholds: TierThresholds
    /// The items as curated: source labels with the journal's edits applied.
    public let items: [ReviewItem]
    /// Per item: problems from its source files and validation.
    public let itemIssues: [[Issue]]
    /// Duplicate and conflicting text examples (empty without text items).
    public let textDuplicates: TextDuplicates
    /// Per item: its standing verdict, looked up once (reports ask it of every item, several times).
    private let standingVerdicts: [Verdict?]

    /// `findDuplicates: false` leaves the duplicate report to the caller (the workstation finds it behind its first screen).
    public init(workspace: Workspace, ledgers: [CurationLedger], thresholds: TierThresholds = .standard, extraIssues: [[Issue]]? = nil,
                findDuplicates: Bool = true) {
        self.workspace = workspace
        self.ledgers = ledgers
        self.thresholds = thresholds
        let items = CurationLedger.edited(workspace.items, datasetOfItem: workspace.datasetIndexOfItem, ledgers: ledgers)
        self.items = items
        let duplicates = findDuplicates && items.contains { $0.textContent != nil } ? TextDuplicates(items: items) : TextDuplicates()
        textDuplicates = duplicates
        let found = duplicates.issues(items)
        // On all cores: a screenshot's check looks for its image file.
        let checked = Array(items.indices).concurrentMap { index in
            (issues: ItemValidator.issues(for: items[index]) + (extraIssues?[index] ?? []) + (found[index] ?? []),
             verdict: ledgers[workspace.datasetIndexOfItem[index]].standingVerdict(for: workspace.items[index].localID))
        }
        itemIssues = checked.map(\.issues)
        standingVerdicts = checked.map(\.verdict)
    }

    public func ledger(ofItem index: Int) -> CurationLedger { ledgers[workspace.datasetIndexOfItem[index]] }

    public func standingVerdict(ofItem index: Int) -> Verdict? { standingVerdicts[index] }

    public func verdict(ofItem index: Int) -> VerdictRecord? {
        ledgers[workspace.datasetIndexOfItem[index]].verdict(for: workspace.items[index].localID)  // in place: `ledger(ofItem:)` copies
    }

    /// Finds an item by the id `list` prints (or, in a folder of datasets, by its local id when unambiguous).
    public func itemIndex(forID id: String) -> Int? {
        if let index = workspace.items.firstIndex(where: { $0.id == id }) { return index }
        let local = workspace.items.indices.filter { workspace.items[$0].localID == id }
        return local.count == 1 ? local[0] : nil
    }

    /// Problems that belong to datasets, the workspace or the journals rather than to one item.
    public var generalIssues: [(dataset: Dataset?, issue: Issue)] {
        workspace.issues.map { (nil, $0) } + workspace.datasets.flatMap { d in d.issues.map { (d, $0) } }
    }
}
