import WinnowCanvas
import WinnowCore

/// Everything that changes the app state: keys from the user, results of effects.
public enum AppAction: Sendable {
    case key(KeyEvent)
    case command(Command)
    case resized(TerminalSize)
    /// The workstation opened: hold the first item when it starts in the triage queue.
    case started
    /// The journal confirmed these events (fsynced), in order; `origin` says why they were written.
    case journaled(dataset: Int, events: [JournalEvent], origin: JournalOrigin)
    case journalFailed(String)
    /// The journal database could not be reached: that event and `waiting` in all are saved on this machine.
    case savedLocally(waiting: Int)
    /// Events other reviewers' processes appended.
    case externalEvents([(dataset: Int, event: JournalEvent)])
    case thumbnailReady(ThumbnailKey, PixelImage)
    case imageFailed(item: Int, message: String)
    /// The editor closed: the field's new text, or why there is none.
    case textEdited(item: Int, field: String, result: Result<String, TextEditFailure>)
    /// Another reviewer holds this item: triage moves on past it.
    case claimedByOther(item: Int, reviewer: String)
    /// Problems found behind the first screen (duplicate texts), by item index, added to the item's.
    case issuesFound([Int: [Issue]])
    /// What is being worked out behind the screen (nil: nothing), for the status bar.
    case backgroundWork(String?)
}
