import Foundation
import WinnowCore
import WinnowPostgres

/// `winnow journal push|pull`: moves a dataset's events between the file journal and PostgreSQL,
/// then replays both sides and checks that they give the same curation state.
package enum JournalTransfer {
    /// Copies each dataset's file journal into the database; one line per dataset.
    package static func push(_ options: CommonOptions, to address: String) throws(CLIError) -> [String] {
        var fileOptions = options
        fileOptions.journal = nil
        let session = try fileOptions.open()
        let database = try stores(address)
        var lines: [String] = []
        for (index, dataset) in session.workspace.datasets.enumerated() {
            let events = session.stores.existing(in: session.stateDirectory(ofDataset: index), dataset: dataset.name)?.events(after: 0) ?? []
            guard let target = database.existing(in: session.stateDirectory(ofDataset: index), dataset: dataset.name) as? PostgresJournalStore else {
                continue
            }
            let added: Int
            do { added = try target.importEvents(events) } catch { throw .unreadable(error.description) }
            try verify(events, target.events(after: 0), dataset: dataset, what: "the database")
            lines.append("pushed \(added) of \(events.count) events of \(dataset.name) to \(database.location); both give the same state")
        }
        return lines
    }

    /// Writes the database's events of the (one) dataset as a new file journal at `file`.
    package static func pull(_ options: CommonOptions, to file: URL) throws(CLIError) -> String {
        guard options.journal != nil else { throw .usage("pull reads the database --journal names", command: "journal") }
        guard !FileManager.default.fileExists(atPath: file.path) && !SystemCalls.isSymbolicLink(file.path) else {
            throw .usage("\(file.path) exists; pull writes a new journal file", command: "journal")
        }
        let session = try options.open()
        guard session.workspace.datasets.count == 1, let dataset = session.workspace.datasets.first else {
            throw .usage("pull writes one dataset's journal: name one dataset, not a folder of them", command: "journal")
        }
        let events = session.stores.existing(in: session.stateDirectory(ofDataset: 0), dataset: dataset.name)?.events(after: 0) ?? []
        let bytes = Array(events.map { $0.line() + "\n" }.joined().utf8)
        guard StateFile.replace(file, with: bytes) else { throw .unreadable("\(file.path): cannot write the journal") }
        try verify(events, readBack(file), dataset: dataset, what: file.path)
        return "pulled \(events.count) events of \(dataset.name) into \(file.path); both give the same state"
    }

    private static func stores(_ address: String) throws(CLIError) -> PostgresJournalStores {
        do throws(JournalError) {
            let stores = try PostgresJournalStores(connectionString: address)
            guard stores.isOnline else { throw JournalError.unreachable(stores.location, "nothing was pushed") }
            for note in stores.notes { StandardError.write("note: \(note)") }
            return stores
        } catch {
            throw .unreadable(error.description)
        }
    }

    /// The events of a journal file, every line read in full.
    private static func readBack(_ file: URL) throws(CLIError) -> [JournalEvent] {
        guard let data = FileManager.default.contents(atPath: file.path) else { throw .unreadable("\(file.path): cannot read it back") }
        return Array(data).split(separator: 0x0A).compactMap { try? JournalEvent.parse(line: $0).get() }
    }

    private static func verify(_ source: [JournalEvent], _ copy: [JournalEvent], dataset: Dataset, what: String) throws(CLIError) {
        let differing = LedgerComparison.differences(CurationLedger(replaying: source), CurationLedger(replaying: copy), items: dataset.items)
        guard differing.isEmpty, source.count == copy.count else {
            throw .unreadable("\(what) and the copied journal of \(dataset.name) differ after replay "
                              + "(\(copy.count) of \(source.count) events; items \(differing.prefix(5).joined(separator: ", ")))")
        }
    }
}
