import Foundation

/// The live curation state of a workspace: each dataset's journal and its replayed ledger.
/// Commands and the workstation's effect runner go through this; the UI only sees ledgers.
public final class CurationSession {
    public private(set) var workspace: Workspace
    public let reviewer: String
    public private(set) var ledgers: [CurationLedger]
    private var journals: [JournalStore?]
    /// How the journals are kept (the file journal unless told otherwise).
    public let stores: JournalStoreKind
    private let stateDirectories: [URL]
    private let stateOverride: URL?
    private let clock: () -> Date

    /// `replayedAhead` holds a journal already replayed while the items were read (file journals only).
    public init(workspace: Workspace, reviewer: String, stateOverride: URL? = nil, stores: JournalStoreKind = FileJournalStores(),
                replayedAhead: JournalReplayAhead? = nil, clock: @escaping () -> Date = Date.init) {
        self.stores = stores
        self.workspace = workspace
        self.reviewer = reviewer
        self.clock = clock
        self.stateOverride = stateOverride
        stateDirectories = workspace.datasets.map {
            Self.stateDirectory(for: $0, override: stateOverride, inFolderOfDatasets: workspace.isFolderOfDatasets)
        }
        let ahead = workspace.isFolderOfDatasets ? nil : replayedAhead
        let replayed = zip(stateDirectories, workspace.datasets).map { folder, dataset in
            ahead?.take(stateDirectory: folder) ?? {
                let journal = stores.existing(in: folder, dataset: dataset.name)
                return (journal, journal.map(CurationLedger.init(replaying:)) ?? CurationLedger())
            }()
        }
        journals = replayed.map(\.journal)
        ledgers = replayed.map(\.ledger)
        // Written on another core once the open is done (`BackgroundWrites.openDone`).
        for case let (ledger, journal as VerdictJournal) in zip(ledgers, journals) where ledger.checkpointDue {
            LedgerCheckpoint.save(ledger, journal: journal)
        }
    }

    /// Takes the whole of a workspace whose first part was opened (a preview): the same datasets
    /// with more items. Journals and ledgers stay, as they name items by id. False if it differs.
    public func replaceWorkspace(_ whole: Workspace) -> Bool {
        guard whole.datasets.map(\.root) == workspace.datasets.map(\.root) else { return false }
        workspace = whole
        return true
    }

    /// `.winnow/` beside the data; a COCO file, or a YOLO yaml other than `data.yaml`, gets its own
    /// sub-folder so two such files in one folder keep separate state. With `--state DIR`, a folder
    /// of datasets gets one sub-folder each.
    public static func stateDirectory(for dataset: Dataset, override: URL?, inFolderOfDatasets: Bool) -> URL {
        var base = override ?? dataset.root.appendingPathComponent(".winnow")
        if override != nil, inFolderOfDatasets { base.appendPathComponent(dataset.name) }
        if hasStatePerFile(dataset) { base.appendPathComponent(dataset.source.lastPathComponent) }
        return base
    }

    private static func hasStatePerFile(_ dataset: Dataset) -> Bool {
        switch dataset.format {
        case .coco: return dataset.source != dataset.root
        case .yolo: return dataset.source.lastPathComponent != DatasetDetector.yoloConfigName
        case .text: return true
        default: return false
        }
    }

    public func stateDirectory(ofDataset index: Int) -> URL { stateDirectories[index] }

    /// State that belongs to the whole workspace (a reviewer's position): the single dataset's
    /// state folder, or `.winnow/` (or `--state DIR`) of a folder of datasets.
    public var workspaceStateDirectory: URL {
        if !workspace.isFolderOfDatasets, !stateDirectories.isEmpty { return stateDirectories[0] }
        return stateOverride ?? workspace.root.appendingPathComponent(".winnow")
    }

    /// The sequence number of the last event read from the dataset's journal (0 when it has none).
    public func journalEnd(ofDataset index: Int) -> Int { journals[index]?.lastSeq ?? 0 }

    /// Journal lines that were skipped, from every dataset, and events about items a dataset does
    /// not have (a forged line, or an item renamed since): kept, but they show nowhere.
    public var problems: [Issue] {
        journals.flatMap { $0?.problems ?? [] } + workspace.datasets.indices.compactMap(unknownItems)
    }

    private func unknownItems(inDataset index: Int) -> Issue? {
        let dataset = workspace.datasets[index]
        guard !dataset.isPreview, let journal = journals[index] else { return nil }  // a preview does not hold every item yet
        guard !ledgers[index].events.items.names.isEmpty else { return nil }  // no set of a million ids for nothing
        // The journal's items looked up among the dataset's: no set of a million ids is built.
        let journalItems = ledgers[index].events.items
        var shown = [Bool](repeating: false, count: journalItems.count)
        for item in dataset.items.indices {
            if let number = journalItems.number(of: dataset.items[item].id) { shown[number] = true }
        }
        let unknown = zip(journalItems.names, shown).filter { !$0.1 }.map(\.0)
        guard !unknown.isEmpty else { return nil }
        let named = unknown.prefix(3).map { "\"\($0)\"" }.joined(separator: ", ") + (unknown.count > 3 ? ", ..." : "")
        return Issue(.warning, "journal.unknown-item", "events about \(unknown.count) items this dataset does not have (\(named)); not shown",
                     location: journal.location)
    }

    /// Appends an event to the dataset's journal (fsynced) and applies it, together with any
    /// events other processes appended first. Returns everything applied, in order.
    @discardableResult
    public func record(_ action: JournalAction, inDataset index: Int) throws(JournalError) -> [JournalEvent] {
        let journal = try writableJournal(index)
        let (earlier, written) = try journal.append(action, reviewer: reviewer, time: Self.timestamp(clock()))
        for event in earlier + [written] { ledgers[index].apply(event) }
        return earlier + [written]
    }

    /// Appends several events to the dataset's journal under one lock with one fsync (see
    /// `VerdictJournal.append(_:reviewer:time:)`) and applies them. Returns everything applied, in order.
    @discardableResult
    public func record(_ actions: [JournalAction], inDataset index: Int) throws(JournalError) -> [JournalEvent] {
        let journal = try writableJournal(index)
        let (earlier, written) = try journal.append(actions, reviewer: reviewer, time: Self.timestamp(clock()))
        for event in earlier + written { ledgers[index].apply(event) }
        return earlier + written
    }

    /// Events saved on this machine, waiting for the journal database (0 with the file journal).
    public var waitingEvents: Int { journals.reduce(0) { $0 + ($1?.waiting ?? 0) } }

    /// Whether a journal was told that another reviewer appended (a database's notification), so
    /// the workstation reads it now instead of at its next poll.
    public func othersAppended() -> Bool {
        journals.reduce(false) { $1?.takeWakeUp() == true || $0 }
    }

    /// Events other processes appended since the last look, per dataset.
    public func refresh() -> [(dataset: Int, event: JournalEvent)] {
        var found: [(Int, JournalEvent)] = []
        for (index, journal) in journals.enumerated() {
            guard let journal else { continue }
            for event in journal.readNew() {
                ledgers[index].apply(event)
                found.append((index, event))
            }
        }
        return found
    }

    /// Opens (creating if needed) every dataset's journal, so a read-only dataset folder is
    /// reported when review starts rather than at the first verdict.
    public func prepareForWriting() -> [JournalError] {
        var failures: [JournalError] = []
        for index in journals.indices {
            do { _ = try writableJournal(index) } catch { failures.append(error) }
        }
        return failures
    }

    private func writableJournal(_ index: Int) throws(JournalError) -> JournalStore {
        if let journal = journals[index] { return journal }
        let journal = try stores.creating(in: stateDirectories[index], dataset: workspace.datasets[index].name)
        journals[index] = journal
        journal.readNew(into: &ledgers[index])
        return journal
    }

    public static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: date)
    }
}
