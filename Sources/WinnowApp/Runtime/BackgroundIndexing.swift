import WinnowCore

/// What the workstation works out behind its first screen: the rest of a file opened on a
/// preview, and the duplicate report over the text examples (minutes of work over a million).
/// The run loop collects each once it lands; until then the status bar says what is under way.
package final class BackgroundIndexing {
    private var rest: BackgroundWork<Result<Workspace, CLIError>>?
    private var duplicates: BackgroundWork<[Int: [Issue]]>?

    package init() {}

    /// Reads the whole of what the first screen showed a part of.
    package func readRest(_ options: CommonOptions) {
        var whole = options.read
        whole.previewBytes = nil
        whole.progress = nil
        let path = options.path
        rest = BackgroundWork { Result { () throws(CLIError) in try CommonOptions.workspace(path: path, read: whole) } }
    }

    /// Finds duplicates and label conflicts among these items (a later call supersedes an earlier one).
    package func findDuplicates(_ items: [ReviewItem]) {
        guard items.contains(where: { $0.textContent != nil }) else { return duplicates = nil }
        duplicates = BackgroundWork { TextDuplicates(items: items).issues(items) }
    }

    /// The whole workspace once read; left waiting while `ready` is false (the reviewer is typing).
    package func takeRest(ready: Bool) -> Result<Workspace, CLIError>? {
        guard ready, let done = rest?.result else { return nil }
        rest = nil
        return done
    }

    /// Each item's duplicate problems, once found.
    package func takeDuplicates() -> [Int: [Issue]]? {
        guard let done = duplicates?.result else { return nil }
        duplicates = nil
        return done
    }

    /// Nothing under way, or only a whole dataset waiting for the reviewer to leave a prompt.
    package func isSettled(browsing: Bool) -> Bool {
        duplicates == nil && (rest == nil || (!browsing && rest?.result != nil))
    }

    /// What the status bar says while work is under way.
    package var note: String? {
        rest != nil ? "reading the rest…" : duplicates != nil ? "finding duplicates…" : nil
    }
}
