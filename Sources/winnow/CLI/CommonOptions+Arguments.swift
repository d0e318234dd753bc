import Foundation
import WinnowApp
import WinnowCore

/// The options every dataset command takes, read from its command line.
extension CommonOptions {
    /// The options and their help, as `winnow --help` lists them.
    static let help: [(option: String, value: String, text: String)] = [
        ("format", DatasetFormat.allCases.map(\.rawValue).joined(separator: "|"), "how to read PATH (default: detected)"),
        ("images", "DIR", "image folder of a COCO file (default: the file's folder, then its images/)"),
        ("state", "DIR", "keep curation state (the journal) here instead of PATH/.winnow/"),
        ("journal", "URL", "keep the journal in PostgreSQL (postgresql://…, libpq's conventions) instead of a file"),
        ("reviewer", "NAME", "who is reviewing (default: $USER, else the login name)"),
        ("tiers", "H,M", "tier thresholds: high above H, medium above M (default 0.9,0.7)"),
        ("predictions", "[NAME=]PATH", "model output beside the labels, repeatable: COCO results, YOLO .txt, JSON per image; a CSV for drill runs"),
        ("groups", "CSV", "drilling group of each run: a sheet with filename and box (or group) columns (default: the file-name stem)"),
        ("iou", "T", "overlap at which a prediction matches a label (default 0.5)"),
        ("names", "FILE", "class names of YOLO predictions: a data.yaml or one name per line (default: the dataset's)"),
        ("max-line", "MB", "longest line of a JSONL, CSV, CoNLL or manifest file; longer ones are reported and skipped (default 64)"),
    ]
    static let valued = Set(help.map(\.option))

    init(_ args: ParsedArguments, path: String, command: String) throws(CLIError) {
        self.init(path: path, reviewer: "")
        var read = ReadOptions()
        read.savesIndexInBackground = true  // `WinnowCLI.run` waits for it
        if let format = args["format"] {
            guard let parsed = DatasetFormat(rawValue: format) else {
                let known = DatasetFormat.allCases.map(\.rawValue).joined(separator: ", ")
                throw .usage("unknown --format \(format) (known: \(known))", command: command)
            }
            read.format = parsed
        }
        read.imagesDirectory = args["images"].map { URL(fileURLWithPath: $0) }
        read.predictions = try Self.predictions(args, command: command)
        if let text = args["max-line"] {
            guard let mb = Int(text), (1...4096).contains(mb) else { throw .usage("--max-line takes megabytes, 1 to 4096", command: command) }
            read.maxLineBytes = mb * 1_000_000
        }
        read.groups = try args["groups"].map { path throws(CLIError) in try GroupSheet.read(path, command: command) }
        state = args["state"].map { URL(fileURLWithPath: $0, isDirectory: true) }
        read.stateDirectory = state
        journal = args["journal"]
        self.read = read
        let env = ProcessInfo.processInfo.environment
        reviewer = args["reviewer"] ?? env["USER"] ?? env["LOGNAME"] ?? SystemCalls.loginName
        if let tiers = args["tiers"] { explicitTiers = try Self.parseTiers(tiers, command: command) }
    }

    /// `--predictions` (each named once), `--iou` in (0, 1], `--names`; nil without predictions.
    static func predictions(_ args: ParsedArguments, command: String) throws(CLIError) -> PredictionOptions? {
        let sources = args.values("predictions").map(PredictionSource.init(argument:))
        guard !sources.isEmpty else {
            if args["iou"] != nil || args["names"] != nil { throw .usage("--iou and --names go with --predictions", command: command) }
            return nil
        }
        var seen = Set<String>()
        for source in sources where !seen.insert(source.name).inserted {
            throw .usage("two prediction sets are named \(source.name); name them: --predictions NAME=PATH", command: command)
        }
        var options = PredictionOptions(sources: sources, classNames: args["names"].map { URL(fileURLWithPath: $0) })
        if let text = args["iou"] {
            guard let iou = Double(text), iou > 0, iou <= 1 else { throw .usage("--iou must be a number above 0 and at most 1", command: command) }
            options.iouThreshold = iou
        }
        return options
    }
}
