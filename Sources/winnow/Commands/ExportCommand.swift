import WinnowApp
import Foundation
import WinnowCore

/// `winnow export PATH --format FORMAT --out DIR ...`: curated data for training code, drill
/// runs as `signals` tables, screenshots as COCO, YOLO, VOC, JSONL or CSV, text examples,
/// image pairs as `pairs-jsonl` or CSV. Written to a
/// temporary folder first and moved into place,
/// so a failed export never leaves a half-written folder.
enum ExportCommand {
    static let formats = ["signals"] + ExportFormat.allCases.map(\.rawValue) + ["hf", "spacy", "conll", "pairs-jsonl"]

    static func run(_ args: ParsedArguments) throws(CLIError) -> ExitCode {
        let path = try DatasetPath.single(args, command: "export")
        guard let format = args["format"], formats.contains(format) else {
            throw .usage("--format must be one of: \(formats.joined(separator: ", "))", command: "export")
        }
        guard let out = args["out"] else { throw .usage("missing --out DIR", command: "export") }
        var exportArgs = args
        exportArgs.options["format"] = nil  // it names the output here, not how to read PATH
        let kind = DatasetDetector.detect(URL(fileURLWithPath: path))
        if format == "pairs-jsonl" || (format == "csv" && kind == .pairs) {
            return try PairExportCommand.run(exportArgs, path: path, format: format == "csv" ? .csv : .jsonl, out: URL(fileURLWithPath: out))
        }
        if let textFormat = TextExportFormat(rawValue: format), kind == .text || ExportFormat(rawValue: format) == nil {
            return try TextExportCommand.run(exportArgs, path: path, format: textFormat, out: URL(fileURLWithPath: out))
        }
        if let imageFormat = ExportFormat(rawValue: format) {
            return try ImageExportCommand.run(exportArgs, path: path, format: imageFormat, out: URL(fileURLWithPath: out))
        }
        return try signals(exportArgs, path: path, out: out)
    }

    /// `--format signals`: one row per reviewed drill run, with its fold.
    private static func signals(_ args: ParsedArguments, path: String, out: String) throws(CLIError) -> ExitCode {
        let query = try FilterOption.parse(args, command: "export")
        let folds = try ExportArguments.folds(args) ?? 24
        let options = try CommonOptions(args, path: path, command: "export")
        let session = try options.open()
        CommonOptions.reportProblems(session)
        let snapshot = try options.snapshot(session)
        let groups = try args["groups"].map { path throws(CLIError) in try GroupSheet.read(path) } ?? [:]
        let rows = SignalExport.rows(snapshot, items: snapshot.select(query), groups: groups, folds: folds,
                                     seed: try ExportArguments.seed(args))
        guard !rows.isEmpty else {
            let scope = query.isEmpty ? "" : " matching '\(query.text)'"
            throw CLIError(message: "nothing to export: no drill run\(scope) in \(path) has a verdict yet", code: .findings)
        }
        try ExportFolder.write(to: URL(fileURLWithPath: out), force: args.has("force"), source: session.workspace.root, files: [
            ExportFile("signals.csv", text: SignalExport.csv(rows)),
            ExportFile("signals.jsonl", text: SignalExport.jsonl(rows)),
        ])
        StandardError.write("exported \(rows.count) runs in \(Set(rows.map(\.group)).count) groups over \(folds) folds to \(out)")
        return .ok
    }
}
