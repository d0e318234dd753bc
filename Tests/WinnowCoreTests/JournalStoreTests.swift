import Foundation
import WinnowCore
import WinnowTestSupport
import XCTest

/// Curation goes through the `JournalStore` interface only: a store kept in memory (as a
/// database-backed one would be elsewhere) carries verdicts, batches and other reviewers' events.
final class JournalStoreTests: XCTestCase {
    /// One shared list of events per state folder, appended under a lock.
    final class MemoryStores: JournalStoreKind, @unchecked Sendable {
        private let lock = NSLock()
        private var events: [String: [JournalEvent]] = [:]

        func existing(in stateDirectory: URL, dataset: String) -> JournalStore? {
            lock.withLock { events[stateDirectory.path] == nil } ? nil : MemoryStore(stores: self, key: stateDirectory.path)
        }

        func creating(in stateDirectory: URL, dataset: String) throws(JournalError) -> JournalStore {
            lock.withLock { if events[stateDirectory.path] == nil { events[stateDirectory.path] = [] } }
            return MemoryStore(stores: self, key: stateDirectory.path)
        }

        func read(_ key: String, after seq: Int) -> [JournalEvent] { lock.withLock { Array((events[key] ?? []).dropFirst(seq)) } }

        /// `build` gets the events already there (under the lock) and returns those to add.
        func append(_ key: String, _ build: ([JournalEvent]) -> [JournalEvent]) -> [JournalEvent] {
            lock.withLock {
                let written = build(events[key] ?? [])
                events[key, default: []] += written
                return written
            }
        }
    }

    final class MemoryStore: JournalStore {
        let stores: MemoryStores
        let key: String
        private(set) var lastSeq = 0
        let problems: [Issue] = []
        var location: String { "memory:\(key)" }
        var unreadBytes: Int { 0 }

        init(stores: MemoryStores, key: String) {
            self.stores = stores
            self.key = key
        }

        func events(after seq: Int) -> [JournalEvent] { stores.read(key, after: seq) }

        func readNew<Reader: JournalReader>(into reader: inout Reader) {
            for event in stores.read(key, after: lastSeq) {
                reader.read(event: event)
                lastSeq = event.seq
            }
        }

        func append(_ actions: [JournalAction], reviewer: String, time: String) throws(JournalError)
            -> (earlier: [JournalEvent], written: [JournalEvent])
        {
            var earlier: [JournalEvent] = []
            let written = stores.append(key) { existing in
                earlier = Array(existing.dropFirst(lastSeq))
                return actions.enumerated().map { JournalEvent(seq: existing.count + 1 + $0.offset, time: time, reviewer: reviewer, action: $0.element) }
            }
            lastSeq = written.last?.seq ?? lastSeq
            return (earlier, written)
        }
    }

    func testTheMemoryStoreKeepsTheContract() throws {
        try JournalStoreContract.verify(MemoryStores())
    }

    func testTheFileJournalKeepsTheContract() throws {
        try JournalStoreContract.verify(FileJournalStores())
    }

    func testTheFileJournalReadsFromAPositionWithoutMovingItsWatch() throws {
        let folder = try TemporaryFolder()
        let journal = try VerdictJournal(creatingIn: folder.url)
        for item in ["a", "b", "c"] { _ = try journal.append(.verdict(item: item, verdict: .good, note: nil, reason: nil), reviewer: "ana", time: "t") }
        XCTAssertEqual(journal.events(after: 1).map(\.seq), [2, 3])
        let other = try XCTUnwrap(VerdictJournal.existing(in: folder.url))
        XCTAssertEqual(other.events(after: 2).map(\.seq), [3])
        XCTAssertEqual(other.readNew().map(\.seq), [1, 2, 3], "the watch still starts from the beginning")
    }
}
