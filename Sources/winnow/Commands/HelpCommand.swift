import WinnowApp
import WinnowUI

/// `winnow help [CMD]`; `winnow help keys [--keymap NAME]` prints the key table.
enum HelpCommand {
    static func run(_ args: ParsedArguments) throws(CLIError) -> ExitCode {
        guard let topic = args.positional.first else {
            print(Usage.overview)
            return .ok
        }
        if topic == "keys" {
            print(KeyTable.markdown(try Appearance.keymap(args["keymap"])))
            return .ok
        }
        guard let command = Subcommand.named(topic) else {
            throw .usage("no help for '\(TerminalSafe.text(topic))' (commands: \(Subcommand.all.map(\.name).joined(separator: ", ")), keys)")
        }
        print(command.help)
        return .ok
    }
}
