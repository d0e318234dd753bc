/// A command line split into positional arguments, `--name value` options and `--flag`s,
/// checked against what the command accepts.
package struct ParsedArguments {
    package var positional: [String] = []
    package var options: [String: String] = [:]
    package var flags: Set<String> = []
    /// Every value of each option, for those that may be given more than once (`--predictions`).
    package var allValues: [String: [String]] = [:]

    /// `valued` options take a value (`--state DIR` or `--state=DIR`); `flags` take none.
    package init(_ arguments: [String], valued: Set<String>, flags allowedFlags: Set<String>, command: String) throws(CLIError) {
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            // `-m TEXT`: a one-letter option with a value (as git's), when the command takes one.
            let short = argument.count == 2 && argument.hasPrefix("-") && valued.contains(String(argument.dropFirst()))
            guard (argument.hasPrefix("--") && argument.count > 2) || short else {
                positional.append(argument)
                continue
            }
            var name = String(argument.dropFirst(short ? 1 : 2))
            var inlineValue: String?
            if let equals = name.firstIndex(of: "=") {
                inlineValue = String(name[name.index(after: equals)...])
                name = String(name[..<equals])
            }
            if allowedFlags.contains(name), inlineValue == nil {
                flags.insert(name)
            } else if valued.contains(name) {
                if let inlineValue {
                    options[name] = inlineValue
                } else {
                    guard index < arguments.count else { throw .usage("--\(name) needs a value", command: command) }
                    options[name] = arguments[index]
                    index += 1
                }
                allValues[name, default: []].append(options[name]!)
            } else {
                throw .usage("unknown option --\(name) for `winnow \(command)`", command: command)
            }
        }
    }

    package func has(_ flag: String) -> Bool { flags.contains(flag) }
    package subscript(option: String) -> String? { options[option] }
    package func values(_ option: String) -> [String] { allValues[option] ?? [] }
}
