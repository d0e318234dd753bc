import WinnowApp
/// The PATH argument of a command.
enum DatasetPath {
    static func single(_ args: ParsedArguments, command: String, extra: Int = 0) throws(CLIError) -> String {
        guard let path = args.positional.first else { throw .usage("missing PATH", command: command) }
        guard args.positional.count <= 1 + extra else {
            throw .usage("unexpected argument '\(args.positional[1 + extra])'", command: command)
        }
        return path
    }
}
