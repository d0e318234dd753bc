import Foundation

/// How a session opens its datasets' journal stores, given each dataset's state folder and name
/// (which names its events in a shared database).
public protocol JournalStoreKind: Sendable {
    /// The store if it exists (read-only when it cannot be written), else nil.
    func existing(in stateDirectory: URL, dataset: String) -> JournalStore?
    /// The store, created if needed, ready for appends.
    func creating(in stateDirectory: URL, dataset: String) throws(JournalError) -> JournalStore
    /// Whether its stores are told of others' appends (`JournalStore.takeWakeUp`), so a
    /// workstation checks often instead of polling every half second.
    var notifiesAppends: Bool { get }
    /// Where a workspace's triage claims are kept (files in its state folder unless the store
    /// is shared more widely).
    func claims(stateDirectory: URL, workspace: String) -> ItemClaims
}

extension JournalStoreKind {
    public var notifiesAppends: Bool { false }
    public func claims(stateDirectory: URL, workspace: String) -> ItemClaims { ClaimRegistry(stateDirectory: stateDirectory) }
}

/// `journal.jsonl` in the state folder: the embedded default.
public struct FileJournalStores: JournalStoreKind {
    public init() {}

    public func existing(in stateDirectory: URL, dataset: String) -> JournalStore? { VerdictJournal.existing(in: stateDirectory) }
    public func creating(in stateDirectory: URL, dataset: String) throws(JournalError) -> JournalStore {
        try VerdictJournal(creatingIn: stateDirectory)
    }
}
