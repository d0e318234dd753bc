import WinnowApp
import WinnowCore

/// `winnow show PATH ITEM [--json]`: one item with labels, problems and history.
enum ShowCommand {
    static func run(_ args: ParsedArguments) throws(CLIError) -> ExitCode {
        let path = try DatasetPath.single(args, command: "show", extra: 1)
        guard args.positional.count == 2 else { throw .usage("missing ITEM (an id that `winnow list` prints)", command: "show") }
        let options = try CommonOptions(args, path: path, command: "show")
        let session = try options.open()
        CommonOptions.reportProblems(session)
        let snapshot = try options.snapshot(session)
        guard let index = snapshot.itemIndex(forID: args.positional[1]) else {
            throw CLIError(message: "no item '\(TerminalSafe.text(args.positional[1]))' in \(path) (ids are what `winnow list` prints)", code: .findings)
        }
        let shown = ReviewReport.show(snapshot, item: index, showPrivate: args.has("show-private"))
        if args.has("json") {
            JSONOutput.print(shown)
        } else {
            print(ShowText.render(shown))
        }
        return .ok
    }
}
