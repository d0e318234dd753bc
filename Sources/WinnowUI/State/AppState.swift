import WinnowCanvas
import WinnowCore

/// Everything the screen shows, as a value. The reducer changes it; rendering reads it.
public struct AppState: Sendable {
    public let workspace: Workspace
    public private(set) var ledgers: [CurationLedger]
    /// The items as curated: source labels with the journal's edits applied (kept in step by `apply`).
    public private(set) var items: [ReviewItem]
    /// Each item's confidence, kept in step by `apply`: panes read it every frame, and with
    /// predictions it takes a matching of the item's boxes to work out.
    public private(set) var confidences: [Double?] = []
    /// Verdict counts, kept in step by `apply` rather than counted on every frame.
    public private(set) var progress = ReviewProgress(total: 0)
    public let reviewer: String
    public let keymap: Keymap
    public var display: DisplayOptions
    public var thresholds: TierThresholds
    /// Each item's problems from its source files and validation (image decode failures are added live).
    public var itemIssues: [[Issue]]

    /// Item indices in review order: the named queue, narrowed by the filter.
    public internal(set) var queue: [Int]
    public internal(set) var queueName: QueueName = .all
    public internal(set) var filter = FilterQuery()
    /// Position in `queue`.
    public var cursor = 0
    /// First queue row shown in the queue pane.
    public var queueScroll = 0
    /// The highlighted label of the current item.
    public var selectedLabel: Int?
    /// The highlighted disagreement with the model (index into the current item's `disagreements`).
    public var selectedDisagreement: Int?
    /// The word the span keys act at, in the current text example.
    public var textCursor = 0
    /// First line of the current text example shown (the pane keeps its last screen full).
    public var textScroll = 0
    /// Whether the image pane draws the model's predictions (`p` toggles).
    public var showPredictions = true
    /// `prediction.adopt-all` takes disagreeing predictions scoring at least this (`adopt_score` in `.winnow/config`).
    public var adoptScore = 0.5
    /// The models' figures for the stats view, worked out when it opens (nil without predictions).
    public var predictionStats: PredictionStats?
    public var overlay: Overlay = .none
    /// The note being typed, if any (it takes the keys until Enter or Esc).
    public var noteDraft: NoteDraft?
    /// Reasons a bad verdict can give, from `.winnow/config` (empty: the picker says so).
    public var reasons: [String] = []
    /// First help line shown, when the help is longer than the screen.
    public var helpScroll = 0
    public var message: StatusMessage?
    public var size: TerminalSize
    public var thumbnails: [ThumbnailKey: PixelImage] = [:]
    public var requestedThumbnails: Set<ThumbnailKey> = []
    public var imageFailures: [Int: String] = [:]
    public var quitting = false
    /// Image pairs: the per-pixel change shown in place of the transformed image.
    public var pairDifference = false
    /// Image pairs: the part of both images shown (nil: all of them); reset on the next item.
    public var pairZoom: ImageRegion?
    /// What is being worked out behind the screen (the rest of a big file, duplicates), said in the status bar.
    public var backgroundWork: String?
    /// Zoom, cursor and selection of the current drill run (nil for other kinds).
    public var signalView: SignalView?
    /// Box mode on the current screenshot (nil: not editing boxes).
    public var boxEditor: BoxEditor?
    /// Which side panes show (remembered per reviewer with the position).
    public var sidePanes = SidePanes()
    /// Item names as the queue shows them: ids without the prefix every item shares.
    public let shortNames: [String]

    /// (dataset, local id) → item index, to place journal events.
    let itemIndexByLocalID: [[String: Int]]
    /// Every category of the workspace's source labels, sorted (what the category picker offers).
    public let categories: [String]
    /// The categories of entity spans in the workspace, sorted (a new span's default).
    public let spanCategories: [String]

    public init(
        workspace: Workspace, ledgers: [CurationLedger], reviewer: String, keymap: Keymap,
        itemIssues: [[Issue]], size: TerminalSize, display: DisplayOptions = DisplayOptions(),
        thresholds: TierThresholds = .standard
    ) {
        self.workspace = workspace
        self.ledgers = ledgers
        self.items = CurationLedger.edited(workspace.items, datasetOfItem: workspace.datasetIndexOfItem, ledgers: ledgers)
        self.reviewer = reviewer
        self.keymap = keymap
        self.itemIssues = itemIssues
        self.size = size
        self.display = display
        self.thresholds = thresholds
        self.queue = Array(workspace.items.indices)
        let derived = Self.derive(workspace, items: items, ledgers: ledgers)
        itemIndexByLocalID = derived.byLocalID
        shortNames = ItemNames.withoutSharedPrefix(derived.ids)
        categories = derived.categories
        spanCategories = derived.spanCategories
        progress = derived.progress
        confidences = derived.confidences
        selectedLabel = currentItem.flatMap { $0.labels.isEmpty ? nil : 0 }
        signalView = currentItem?.signal.map { SignalView(sampleCount: $0.sampleCount) }
    }

    // MARK: - Derived

    public var currentItemIndex: Int? { queue.indices.contains(cursor) ? queue[cursor] : nil }
    public var currentItem: ReviewItem? { currentItemIndex.map { items[$0] } }

    public func dataset(ofItem index: Int) -> Int { workspace.datasetIndexOfItem[index] }

    public func standingVerdict(ofItem index: Int) -> Verdict? {
        ledgers[dataset(ofItem: index)].standingVerdict(for: workspace.items[index].localID)
    }

    public func verdict(ofItem index: Int) -> VerdictRecord? {
        ledgers[dataset(ofItem: index)].verdict(for: workspace.items[index].localID)
    }

    public func itemIndex(dataset: Int, localID: String) -> Int? { itemIndexByLocalID[dataset][localID] }

    public func tier(ofItem index: Int) -> Tier { thresholds.tier(for: confidences[index]) }

    /// Applies a journal event and refreshes the item it changed and the progress counts.
    public mutating func apply(_ event: JournalEvent, dataset: Int) {
        let touched = itemsTouched(by: event, dataset: dataset)
        let before = touched.map { standingVerdict(ofItem: $0) }
        ledgers[dataset].apply(event)
        for (index, old) in zip(touched, before) { progress.move(from: old, to: standingVerdict(ofItem: index)) }
        guard let local = ledgers[dataset].item(of: event.seq), let index = itemIndex(dataset: dataset, localID: local) else { return }
        items[index] = ledgers[dataset].edited(workspace.items[index])
        confidences[index] = items[index].confidence
    }

    /// Problems of an item including a failed image decode.
    public func issues(ofItem index: Int) -> [Issue] {
        var issues = itemIssues.indices.contains(index) ? itemIssues[index] : []
        if let failure = imageFailures[index] { issues.append(Issue(.error, "image.undecodable", failure)) }
        return issues.sorted { $0.severity < $1.severity }
    }

    /// The items an event is about (for an undo or redo, those of its target), before it is applied.
    private func itemsTouched(by event: JournalEvent, dataset: Int) -> [Int] {
        let local: [String]
        switch event.action {
        case .undo(let target), .redo(let target): local = ledgers[dataset].items(of: target)
        default: local = event.action.items
        }
        return local.compactMap { itemIndex(dataset: dataset, localID: $0) }
    }

    /// What the state keeps of every item. A million items are slow to walk (each is a cache miss),
    /// so they are walked twice at once, one walk per core: the ids, and the labels, verdicts and
    /// confidences. Dictionaries are sized up front (they would rehash twenty times); categories
    /// are numbered by comparison (no hash per label) and labels read in place (no copy per label).
    private static func derive(_ workspace: Workspace, items: [ReviewItem], ledgers: [CurationLedger])
        -> (byLocalID: [[String: Int]], ids: [String], categories: [String], spanCategories: [String], progress: ReviewProgress, confidences: [Double?])
    {
        let ((byLocal, ids), walked) = bothAtOnce({ identities(workspace) }, {
            var categories = NameNumbering(), spanCategories = NameNumbering()
            var progress = ReviewProgress(total: items.count), confidences: [Double?] = []
            confidences.reserveCapacity(items.count)
            for index in workspace.items.indices {
                let labels = workspace.items[index].labels
                for label in labels.indices {
                    _ = categories.number(of: labels[label].category)
                    if labels[label].span != nil { _ = spanCategories.number(of: labels[label].category) }
                }
                progress.move(from: nil, to: ledgers[workspace.datasetIndexOfItem[index]].standingVerdict(for: workspace.items[index].localID))
                confidences.append(items[index].confidence)
            }
            return (categories: categories.names.sorted(), spans: spanCategories.names.sorted(), progress: progress, confidences: confidences)
        })
        return (byLocal, ids, walked.categories, walked.spans, walked.progress, walked.confidences)
    }

    /// Each dataset's items by their local ids, and every item's id.
    private static func identities(_ workspace: Workspace) -> (byLocalID: [[String: Int]], ids: [String]) {
        var counts = Array(repeating: 0, count: workspace.datasets.count)
        for dataset in workspace.datasetIndexOfItem { counts[dataset] += 1 }
        var byLocal = counts.map { [String: Int](minimumCapacity: $0) }
        var ids: [String] = []
        ids.reserveCapacity(workspace.items.count)
        for (index, item) in workspace.items.enumerated() {
            byLocal[workspace.datasetIndexOfItem[index]][item.localID] = index
            ids.append(item.id)
        }
        return (byLocal, ids)
    }

    /// The counts recounted from the ledgers: what `progress` keeps up to date event by event.
    static func countProgress(_ state: AppState) -> ReviewProgress {
        var progress = ReviewProgress(total: state.workspace.items.count)
        for index in state.workspace.items.indices { progress.move(from: nil, to: state.standingVerdict(ofItem: index)) }
        return progress
    }
}

extension AppState {
    /// True once the current item's image is on screen (or has failed, or has none): what
    /// "the next item is fully on screen" means for the latency budget.
    public var isCurrentImageSettled: Bool {
        guard let item = currentItemIndex, imageFailures[item] == nil else { return true }
        return ThumbnailPlanner.requests(forItem: item, self).allSatisfy { thumbnails[$0.key] != nil }
    }
}

extension AppState {
    /// No prompt, picker or editor open: what the workstation waits for to swap in a whole dataset.
    public var isBrowsing: Bool { overlay == .none && noteDraft == nil && boxEditor == nil }

    /// Where the reviewer is now (nil with an empty queue).
    public var position: ReviewPosition? {
        currentItem.map { ReviewPosition(queue: queueName.rawValue, filter: filter.text, item: $0.id, panes: sidePanes) }
    }

    /// Resumes at a remembered position: its queue and filter if they still parse, its item if still
    /// there (an empty item starts at the top of the queue).
    public mutating func resume(at position: ReviewPosition) {
        queueName = QueueName(rawValue: position.queue) ?? .all
        sidePanes = position.panes
        filter = (try? FilterQuery.parse(position.filter)) ?? FilterQuery()
        QueueBuilder.rebuild(&self)
        if position.item.isEmpty {
            QueueNavigation.moveTo(&self, position: 0)
        } else if let item = items.firstIndex(where: { $0.id == position.item }) {
            QueueNavigation.moveTo(item: item, &self)
        }
    }
}
