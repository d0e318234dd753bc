import WinnowCore

/// Work the reducer asks for; the effect runner does the I/O and answers with actions.
public enum AppEffect: Equatable, Sendable {
    case appendJournal(dataset: Int, action: JournalAction, origin: JournalOrigin)
    case loadThumbnails([ThumbnailRequest])
    /// The reviewer moved: remember where, for the next start.
    case rememberPosition(ReviewPosition)
    /// In the triage queue: hold this item so another reviewer's triage skips it (nil: hold nothing).
    case claim(item: Int?)
    /// Draw and record an audit sample of the tier (the runner picks the seed), as `winnow audit` does.
    case drawAudit(tier: Tier, count: Int)
    /// Open the item's field in the user's editor (the terminal is given back meanwhile).
    case editText(item: Int, field: String, text: String)
    case redraw
    case quit
}
