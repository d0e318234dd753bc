import Foundation

/// A dataset's file journal replayed on another core while the dataset's items are read. The
/// journal names items by id, so it needs only the dataset's place (its state folder), which a
/// reader knows before its items (`ReadOptions.whenPlaced`). A session takes the replay only for
/// the state folder it would have read itself; otherwise it replays as it always did.
public final class JournalReplayAhead: @unchecked Sendable {  // `started` is guarded by `lock`
    public typealias Replayed = (journal: JournalStore?, ledger: CurationLedger)
    private let stateOverride: URL?
    private let lock = NSLock()
    private var started: (stateDirectory: URL, replay: BackgroundResult<Handed, Never>)?

    /// The journal crosses threads once, when the replay is waited for.
    private struct Handed: @unchecked Sendable { let replayed: Replayed }

    public init(stateOverride: URL?) { self.stateOverride = stateOverride }

    /// Starts replaying `dataset`'s journal (an item-less dataset whose place is known); only the
    /// first call counts.
    public func start(_ dataset: Dataset) {
        let stateDirectory = CurationSession.stateDirectory(for: dataset, override: stateOverride, inFolderOfDatasets: false)
        lock.withLock {
            guard started == nil else { return }
            started = (stateDirectory, BackgroundResult {
                let journal = FileJournalStores().existing(in: stateDirectory, dataset: dataset.name)
                return Handed(replayed: (journal, journal.map(CurationLedger.init(replaying:)) ?? CurationLedger()))
            })
        }
    }

    /// The replay of the journal in `stateDirectory`, once done; nil when none was started for it.
    public func take(stateDirectory: URL) -> Replayed? {
        guard let started = lock.withLock({ started }), started.stateDirectory == stateDirectory else { return nil }
        return started.replay.wait().replayed
    }
}
