import WinnowApp
import WinnowUI

/// `winnow help [CMD]`; `winnow help keys [--keymap NAME]` prints the key table.
enum HelpCommand {
    static func run(_ arguments: [String]) throws(CLIError) -> ExitCode {
        guard let topic = arguments.first else {
            print(Usage.overview)
            return .ok
        }
        if topic == "keys" {
            let args = try ParsedArguments(Array(arguments.dropFirst()), valued: ["keymap"], flags: [], command: "help")
            print(KeyTable.markdown(try Appearance.keymap(args["keymap"])))
            return .ok
        }
        guard let text = Usage.topics[topic] else { throw .usage("no help for '\(topic)'") }
        print(text)
        return .ok
    }
}
