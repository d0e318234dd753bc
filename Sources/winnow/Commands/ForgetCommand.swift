import Foundation
import WinnowApp
import WinnowCore

/// `winnow forget PATH --email ADDRESS [--yes]`: the image-pair sessions one address sent leave
/// every later export. Lists them, asks on a terminal, and records one `forget` event per dataset
/// (the address itself is not written anywhere). Source files stay as they are.
enum ForgetCommand {
    static func run(_ args: ParsedArguments) throws(CLIError) -> ExitCode {
        let path = try DatasetPath.single(args, command: "forget")
        guard let address = args["email"]?.trimmingCharacters(in: .whitespaces).lowercased(), !address.isEmpty else {
            throw .usage("missing --email ADDRESS", command: "forget")
        }
        let session = try CommonOptions(args, path: path, command: "forget").open()
        let sent = session.workspace.items.indices.filter { session.workspace.items[$0].pair?.email?.lowercased() == address }
        guard !sent.isEmpty else { throw CLIError(message: "no session in \(path) was sent by that address", code: .findings) }
        for index in sent { print(TerminalSafe.text(session.workspace.items[index].id)) }
        try Confirmation.ask("forget these \(sent.count) sessions (they leave every later export)?", yes: args.has("yes"), command: "forget",
                             declined: "not confirmed: nothing forgotten")
        for dataset in Set(sent.map { session.workspace.datasetIndexOfItem[$0] }).sorted() {
            let local = sent.filter { session.workspace.datasetIndexOfItem[$0] == dataset }.map { session.workspace.items[$0].localID }
            do {
                _ = try session.record(.forget(items: local), inDataset: dataset)
            } catch {
                throw CLIError(message: "cannot record the forgetting: \(error.description)", code: .unreadable)
            }
        }
        let folders = sent.map { "'\(session.workspace.datasets[session.workspace.datasetIndexOfItem[$0]].root.appendingPathComponent(session.workspace.items[$0].localID).path)'" }
        StandardError.write("forgotten: \(sent.count) sessions; they leave every later export. Their files are unchanged: "
                            + "to delete them for good, rm -r \(folders.joined(separator: " "))")
        return .ok
    }
}
