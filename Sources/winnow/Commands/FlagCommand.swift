import WinnowApp
import WinnowCore

/// `winnow flag PATH ITEM [--off]`: marks an item for a second look (the flagged queue, `has:flag`).
enum FlagCommand {
    static func run(_ args: ParsedArguments) throws(CLIError) -> ExitCode {
        let path = try DatasetPath.single(args, command: "flag", extra: 1)
        guard args.positional.count == 2 else { throw .usage("expected PATH ITEM", command: "flag") }
        let session = try CommonOptions(args, path: path, command: "flag").open()
        let index = try ItemArgument.index(args.positional[1], in: session, path: path)
        let item = session.workspace.items[index]
        let on = !args.has("off")
        let seq = try ItemArgument.record(.flag(item: item.localID, on: on), item: index, in: session)
        StandardError.write(SavedPrefix.text(session) + "\(on ? "flagged" : "unflagged") · \(TerminalSafe.text(item.id)) (event \(seq))")
        return .ok
    }
}
