import WinnowCore

/// Collects verdicts for `verdict --from` and saves them a batch at a time: each batch is one
/// journal append (one lock, one write, one fsync) per dataset, acknowledged on stderr once it
/// is on disk. A kill loses at most the batch not yet acknowledged.
package final class VerdictBatchWriter {
    private let session: CurationSession
    private let batchSize: Int
    private var pending: [Int: [JournalAction]] = [:]
    private var pendingCount = 0
    package private(set) var saved = 0

    package init(session: CurationSession, batchSize: Int) {
        self.session = session
        self.batchSize = batchSize
    }

    package func add(_ action: JournalAction, dataset: Int) throws(CLIError) {
        pending[dataset, default: []].append(action)
        pendingCount += 1
        if pendingCount >= batchSize { try flush() }
    }

    package func flush() throws(CLIError) {
        for dataset in pending.keys.sorted() {
            guard let actions = pending[dataset], !actions.isEmpty else { continue }
            let written: [JournalEvent]
            do {
                written = Array(try session.record(actions, inDataset: dataset).suffix(actions.count))
            } catch {
                throw CLIError(message: "\(error.description); \(saved) verdicts were saved before this batch", code: .unreadable)
            }
            saved += written.count
            pending[dataset] = nil
            pendingCount -= actions.count
            let range = written.count == 1 ? "event \(written[0].seq)" : "events \(written[0].seq)-\(written[written.count - 1].seq)"
            StandardError.write(SavedPrefix.text(session) + "\(written.count) verdict\(written.count == 1 ? "" : "s") (\(range))")
        }
    }
}
