import Foundation

/// Short-lived claims on items, so that reviewers working through the triage queue at once are
/// not handed the same item: files in `.winnow/claims/` (`ClaimRegistry`), or rows with leases
/// in the journal database. Used from one thread at a time.
public protocol ItemClaims: AnyObject {
    /// Claims the item for `reviewer`: false when someone else's live claim holds it.
    func claim(item: String, reviewer: String) -> Bool
    /// Gives the item back, if held here.
    func release(item: String)
    /// Gives back everything held here.
    func releaseAll()
    /// Who else holds a live claim on the item, or nil when it is free or ours.
    func isClaimedByOther(_ item: String) -> String?
    /// The items held here.
    var heldItems: Set<String> { get }
    /// Renews every claim held here; call it well within their lifetime.
    func refresh()
}

extension ClaimRegistry: ItemClaims {}
