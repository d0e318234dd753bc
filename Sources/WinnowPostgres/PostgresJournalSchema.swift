import WinnowCore

/// Winnow's tables in the journal database, created on first use and versioned: an older Winnow
/// refuses a schema a newer one made rather than write rows it does not understand.
enum PostgresJournalSchema {
    static let version = 1

    /// Creates the tables if they are missing (then says so in the returned note) and checks the
    /// version of those there.
    static func prepare(_ connection: PostgresConnection) throws(JournalError) -> String? {
        try connection.transaction { () throws(JournalError) -> String? in
            try connection.execute("SELECT pg_advisory_xact_lock(hashtext('winnow:schema'))")
            let found = try connection.execute("SELECT to_regclass('winnow_meta') IS NOT NULL")
            var note: String?
            if found.first?.first == "f" {
                try create(connection)
                note = "created Winnow's journal tables (schema version \(version)) in \(connection.location)"
            }
            let stored = try connection.execute("SELECT value FROM winnow_meta WHERE key = 'schema_version'")
            guard let text = stored.first?.first ?? nil, let existing = Int(text) else {
                throw JournalError.database(connection.location, "winnow_meta has no schema_version: not a Winnow journal database")
            }
            if existing > version {
                throw JournalError.database(connection.location, "the journal tables are schema version \(existing), from a newer Winnow; "
                    + "this Winnow knows version \(version) and writes nothing there (upgrade Winnow)")
            }
            // Claims and event ids came with the first version's second part: added wherever missing.
            try connection.execute("ALTER TABLE winnow_events ADD COLUMN IF NOT EXISTS event_id text UNIQUE")
            try connection.execute("""
                CREATE TABLE IF NOT EXISTS winnow_claims (
                    workspace text NOT NULL, item text NOT NULL, reviewer text, session text, expires timestamptz,
                    PRIMARY KEY (workspace, item))
                """)
            return note
        }
    }

    private static func create(_ connection: PostgresConnection) throws(JournalError) {
        try connection.execute("CREATE TABLE winnow_meta (key text PRIMARY KEY, value text NOT NULL)")
        // One row per event: the line is the file journal's line, byte for byte, checksum included.
        try connection.execute("""
            CREATE TABLE winnow_events (
                dataset text NOT NULL,
                seq bigint NOT NULL,
                reviewer text NOT NULL,
                type text NOT NULL,
                line text NOT NULL,
                stored timestamptz NOT NULL DEFAULT now(),
                PRIMARY KEY (dataset, seq))
            """)
        try connection.execute("INSERT INTO winnow_meta VALUES ('schema_version', $1)", [String(version)])
    }
}
