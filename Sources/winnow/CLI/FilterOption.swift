import WinnowApp
import WinnowCore

/// `--filter QUERY`: a malformed query is a usage error that points at the bad term.
enum FilterOption {
    static func parse(_ args: ParsedArguments, command: String) throws(CLIError) -> FilterQuery {
        guard let text = args["filter"] else { return FilterQuery() }
        do {
            return try FilterQuery.parse(text)
        } catch {
            throw .usage("--filter: \(error)", command: command)
        }
    }
}
