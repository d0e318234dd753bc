import WinnowApp
import WinnowCore

/// The ITEM argument of a command that writes about one item: resolved to its index, or exit 1.
enum ItemArgument {
    static func index(_ id: String, in session: CurationSession, path: String) throws(CLIError) -> Int {
        let snapshot = ReviewSnapshot(workspace: session.workspace, ledgers: session.ledgers)
        guard let index = snapshot.itemIndex(forID: id) else {
            throw CLIError(message: "no item '\(TerminalSafe.text(id))' in \(path) (ids are what `winnow list` prints)", code: .findings)
        }
        return index
    }

    /// Records an event about the item; returns its sequence number.
    static func record(_ action: JournalAction, item index: Int, in session: CurationSession) throws(CLIError) -> Int {
        do {
            return try session.record(action, inDataset: session.workspace.datasetIndexOfItem[index]).last?.seq ?? 0
        } catch {
            throw CLIError(message: error.description, code: .unreadable)
        }
    }
}
