/// The key table of the README and `winnow help keys`, from the same source as the help overlay.
public enum KeyTable {
    public static func markdown(_ keymap: Keymap) -> String {
        var rows = ["| keys | command | what it does |", "|---|---|---|"]
        for group in CommandGroup.allCases {
            for command in Command.allCases where command.group == group {
                let keys = keymap.keys(for: command).map { "`\($0)`" }.joined(separator: " ")
                rows.append("| \(keys.isEmpty ? "(unbound)" : keys) | `\(command.id)` | \(command.help) |")
            }
        }
        return rows.joined(separator: "\n")
    }
}
