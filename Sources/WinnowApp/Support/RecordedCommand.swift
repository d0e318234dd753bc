import Foundation
import WinnowPostgres

/// The command line an export records in its provenance, to be run again: without `--force`
/// (which changes nothing in the export, so a rerun over an old one gives the same bytes), and
/// with any password in a `--journal` connection string replaced by `***`.
package enum RecordedCommand {
    package static var current: [String] {
        ["winnow"] + CommandLine.arguments.dropFirst().filter { $0 != "--force" }.map(ConnectionStrings.redacted)
    }
}
