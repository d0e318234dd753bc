import WinnowApp
import WinnowCore

/// What the text and pair exports start from: the dataset as curated at `--at`/`--version` (now
/// by default), and the items `--filter` selects.
struct ExportInput {
    let session: CurationSession
    let snapshot: ReviewSnapshot
    let selected: [Int]

    init(_ args: ParsedArguments, path: String) throws(CLIError) {
        let common = try CommonOptions(args, path: path, command: "export")
        session = try common.open()
        CommonOptions.reportProblems(session)
        let state = try ExportState(session, at: try ExportArguments.at(args, session: session))
        snapshot = ReviewSnapshot(workspace: session.workspace, ledgers: state.ledgers, thresholds: try common.thresholds(for: session))
        selected = snapshot.select(try FilterOption.parse(args, command: "export"))
    }
}
