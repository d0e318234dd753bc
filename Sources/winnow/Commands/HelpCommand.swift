/// `winnow help [CMD]`.
enum HelpCommand {
    static func run(_ arguments: [String]) throws(CLIError) -> ExitCode {
        guard let topic = arguments.first else {
            print(Usage.overview)
            return .ok
        }
        guard let text = Usage.topics[topic] else { throw .usage("no help for '\(topic)'") }
        print(text)
        return .ok
    }
}
