import WinnowApp
import WinnowCore

/// `--tier high|medium|low`.
enum TierOption {
    static func parse(_ args: ParsedArguments, command: String) throws(CLIError) -> Tier? {
        guard let text = args["tier"] else { return nil }
        guard let tier = Tier(rawValue: text.lowercased()) else {
            throw .usage("--tier must be high, medium or low, not '\(TerminalSafe.text(text))'", command: command)
        }
        return tier
    }
}
