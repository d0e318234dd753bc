import WinnowCore

/// Work the reducer asks for; the effect runner does the I/O and answers with actions.
public enum AppEffect: Equatable, Sendable {
    case appendJournal(dataset: Int, action: JournalAction, origin: JournalOrigin)
    case loadThumbnails([ThumbnailRequest])
    /// The reviewer moved: remember where, for the next start.
    case rememberPosition(ReviewPosition)
    case redraw
    case quit
}
