import Foundation
import WinnowApp
/// `winnow --help`: the commands' usage lines and summaries from the command table, then what they share.
enum Usage {
    /// Each command's usage lines, its summary indented below.
    private static var commands: String {
        Subcommand.all.map { command in
            command.synopsis.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n") + "\n      " + command.summary
        }.joined(separator: "\n")
    }

    /// The common options from the table that also checks them.
    private static var commonOptions: String {
        CommonOptions.help.map { (entry: (option: String, value: String, text: String)) -> String in
            let name = "  --\(entry.option) \(entry.value)"
            return name + String(repeating: " ", count: max(2, 21 - name.count)) + entry.text
        }.joined(separator: "\n")
    }

    static let version = "0.1.0"

    static let overview = """
        winnow — review and curate ML training labels in the terminal

        USAGE
          winnow [PATH] [options]            open the workstation (same as `winnow review PATH`);
                                             without PATH, the bundled SampleDatasets
        \(commands)

        OPTIONS (all dataset commands)
        \(commonOptions)

        QUERY (for --filter): terms joined by AND, e.g. `tier:low cat:button conf<0.8 verdict:none -verdict:bad file:*login*`;
        fields tier, cat, conf (< <= > >= =), source, verdict (none/good/bad/skip), reviewer, kind, has (issues, edits,
        notes, flag), file (glob), id; with --predictions pred (fp/fn/class/loc/duplicate/match), score (< <= > >= =),
        model; `-` negates; free words match id, path and text.

        ITEM is an id as `winnow list` prints it: the manifest's image_id in a screenshot dataset,
        the image file name in COCO and VOC, prefixed with the dataset folder in a folder of datasets.

        EXIT CODES
          0 fine   1 findings (validate errors, unknown item)   2 usage error   3 input cannot be read
        """
}
