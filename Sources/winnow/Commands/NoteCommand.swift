import WinnowApp
import Foundation
import WinnowCore

/// `winnow note PATH ITEM TEXT`: adds a remark to an item (shown in its history and the validation pane).
enum NoteCommand {
    static func run(_ args: ParsedArguments) throws(CLIError) -> ExitCode {
        let path = try DatasetPath.single(args, command: "note", extra: 2)
        guard args.positional.count == 3 else { throw .usage("expected PATH ITEM TEXT", command: "note") }
        let text = args.positional[2].trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw .usage("the note is empty", command: "note") }
        let session = try CommonOptions(args, path: path, command: "note").open()
        let index = try ItemArgument.index(args.positional[1], in: session, path: path)
        let item = session.workspace.items[index]
        let seq = try ItemArgument.record(.note(item: item.localID, text: text), item: index, in: session)
        StandardError.write(SavedPrefix.text(session) + "note · \(TerminalSafe.text(item.id)) (event \(seq))")
        return .ok
    }
}
