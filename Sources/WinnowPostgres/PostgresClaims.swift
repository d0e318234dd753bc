import Foundation
import WinnowCore

/// Triage claims as rows with leases (`winnow_claims`), so reviewers on different machines are
/// not handed the same item. A claim takes the item's row with `FOR UPDATE SKIP LOCKED`: of any
/// number of reviewers reaching for one item at once, one gets it and the others skip it at
/// once. A lease runs `ttl` seconds unless renewed, so a crashed reviewer's claim expires.
/// Its own connection: claims are taken on a background queue.
public final class PostgresClaims: ItemClaims {
    private let connection: PostgresConnection
    private let workspace: String
    private let ttl: Int
    private let session = UUID().uuidString
    public private(set) var heldItems: Set<String> = []

    init(connection: PostgresConnection, workspace: String, ttl: Int = 60) {
        self.connection = connection
        self.workspace = workspace
        self.ttl = ttl
    }

    public func claim(item: String, reviewer: String) -> Bool {
        let taken = try? connection.transaction { () throws(JournalError) -> Bool in
            try connection.execute("INSERT INTO winnow_claims (workspace, item) VALUES ($1, $2) ON CONFLICT DO NOTHING", [workspace, item])
            let rows = try connection.execute("""
                SELECT session = $3 OR expires IS NULL OR expires < now() FROM winnow_claims
                WHERE workspace = $1 AND item = $2 FOR UPDATE SKIP LOCKED
                """, [workspace, item, session])
            guard rows.first?.first == "t" else { return false }  // locked by a claim under way, or held
            try connection.execute("""
                UPDATE winnow_claims SET reviewer = $3, session = $4, expires = now() + make_interval(secs => $5)
                WHERE workspace = $1 AND item = $2
                """, [workspace, item, reviewer, session, String(ttl)])
            return true
        }
        // Where the database cannot be reached there is no one to coordinate with: granted.
        let granted = taken ?? true
        if granted { heldItems.insert(item) }
        return granted
    }

    public func release(item: String) {
        guard heldItems.remove(item) != nil else { return }
        _ = try? connection.execute("UPDATE winnow_claims SET session = NULL, expires = NULL WHERE workspace = $1 AND item = $2 AND session = $3",
                                    [workspace, item, session])
    }

    public func releaseAll() {
        for item in heldItems { release(item: item) }
    }

    public func isClaimedByOther(_ item: String) -> String? {
        let rows = try? connection.execute("""
            SELECT reviewer FROM winnow_claims WHERE workspace = $1 AND item = $2 AND session <> $3 AND expires > now()
            """, [workspace, item, session])
        return rows?.first?.first ?? nil
    }

    public func refresh() {
        _ = try? connection.execute("UPDATE winnow_claims SET expires = now() + make_interval(secs => $3) WHERE workspace = $1 AND session = $2",
                                    [workspace, session, String(ttl)])
    }
}
