/// `winnow --help`: the commands' usage lines and summaries from the command table, then what they share.
enum Usage {
    /// Each command's usage lines, its summary indented below.
    private static var commands: String {
        Subcommand.all.map { command in
            command.synopsis.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n") + "\n      " + command.summary
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
          --format screenshots|coco|voc|yolo|signals|workspace   how to read PATH (default: detected)
          --images DIR       image folder of a COCO file (default: the file's folder, then its images/)
          --state DIR        keep curation state (the journal) here instead of PATH/.winnow/
          --reviewer NAME    who is reviewing (default: $USER)
          --tiers H,M        tier thresholds: high above H, medium above M (default 0.9,0.7)

        QUERY (for --filter): terms joined by AND, e.g. `tier:low cat:button conf<0.8 verdict:none -verdict:bad file:*login*`;
        fields tier, cat, conf (< <= > >= =), source, verdict (none/good/bad/skip), reviewer, kind, has (issues, edits,
        notes, flag), file (glob), id; `-` negates; free words match id, path and text.

        ITEM is an id as `winnow list` prints it: the manifest's image_id in a screenshot dataset,
        the image file name in COCO and VOC, prefixed with the dataset folder in a folder of datasets.

        EXIT CODES
          0 fine   1 findings (validate errors, unknown item)   2 usage error   3 input cannot be read
        """
}
