import WinnowApp
import Foundation
import WinnowCore

/// The options of `winnow export` for images, checked before anything is read.
enum ExportArguments {
    static let valued: Set<String> = ["out", "folds", "groups", "seed", "filter", "split", "group-by", "at", "version", "min-relevance", "min-prompt", "min-response"]
    static let flags: Set<String> = ["force", "dedup", "drop-empty-splits", "no-near-duplicates", "chat", "include-private"]

    static func options(_ args: ParsedArguments, format: ExportFormat) throws(CLIError) -> ExportOptions {
        var options = ExportOptions(format: format)
        do { options.split = try args["split"].map { text throws(ExportError) in try SplitRatios(parsing: text) } }
        catch { throw .usage(error.message, command: "export") }
        options.folds = try folds(args)
        if options.split != nil, options.folds != nil { throw .usage("--split and --folds exclude each other", command: "export") }
        options.groupBy = args["group-by"]
        options.seed = try seed(args)
        if let images = args["images"] {
            // Also the image folder of a COCO file being read, as for every command.
            if let mode = ExportImageMode(rawValue: images) {
                options.images = mode
            } else if !isFolder(images) {
                throw .usage("--images takes link, copy or none (or the image folder of a COCO file); got '\(images)'", command: "export")
            }
        }
        if format == .yolo, options.images == .none {
            throw .usage("YOLO trainers find a label file from its image's path, so --format yolo needs --images link or copy", command: "export")
        }
        options.dedup = args.has("dedup")
        options.dropEmptySplits = args.has("drop-empty-splits")
        return options
    }

    private static func isFolder(_ path: String) -> Bool {
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &folder) && folder.boolValue
    }

    static func folds(_ args: ParsedArguments) throws(CLIError) -> Int? {
        try args["folds"].map { text throws(CLIError) in
            guard let k = Int(text), k >= 2 else { throw .usage("--folds must be a number of at least 2", command: "export") }
            return k
        }
    }

    /// Seeds are written into JSON as numbers, so they stay below 2^53.
    static func seed(_ args: ParsedArguments) throws(CLIError) -> UInt64 {
        guard let text = args["seed"] else { return 0 }
        guard let seed = UInt64(text), seed < 1 << 53 else { throw .usage("--seed must be a whole number from 0 to 2^53", command: "export") }
        return seed
    }

    /// `--at SEQ`, or `--version N`'s position: a journal position, for a single dataset (each
    /// dataset of a folder numbers its own journal).
    static func at(_ args: ParsedArguments, session: CurationSession) throws(CLIError) -> Int? {
        let datasets = session.workspace.datasets.count
        if let number = args["version"] {
            guard let version = VersionHistory(stateDirectory: session.workspaceStateDirectory).version(number) else {
                throw CLIError(message: "no version \(TerminalSafe.text(number)) (see `winnow version PATH list`)", code: .findings)
            }
            guard datasets == 1, let seq = version.positions[session.workspace.datasets[0].name] else {
                throw .usage("--version works on one dataset; this path holds \(datasets)", command: "export")
            }
            return seq
        }
        guard let text = args["at"] else { return nil }
        guard let seq = Int(text), seq >= 0 else { throw .usage("--at takes a journal sequence number (see `winnow show --json`)", command: "export") }
        guard datasets == 1 else { throw .usage("--at works on one dataset; this path holds \(datasets)", command: "export") }
        return seq
    }
}
