import Foundation
import WinnowCore

/// `winnow export PATH --format coco|yolo|voc|jsonl|csv --out DIR ...`: the curated screenshots,
/// planned in full, written to a staging folder, read back and compared, described in
/// `winnow-export.json`, then moved into place.
enum ImageExportCommand {
    static func run(_ args: ParsedArguments, path: String, format: ExportFormat, out: URL) throws(CLIError) -> ExitCode {
        let options = try ExportArguments.options(args, format: format)
        var common = try CommonOptions(args, path: path, command: "export")
        if options.images.rawValue == args["images"] { common.read.imagesDirectory = nil }
        let session = try common.open()
        CommonOptions.reportProblems(session)
        try ExportFolder.checkTarget(out, force: args.has("force"), source: session.workspace.root)  // before the slow part
        let at = try ExportArguments.at(args, datasets: session.workspace.datasets.count)
        let state = try ExportState(session, at: at)
        let snapshot = ReviewSnapshot(workspace: session.workspace, ledgers: state.ledgers, thresholds: try common.thresholds(for: session))
        let items = try selection(snapshot, query: try FilterOption.parse(args, command: "export"), path: path)
        let scan = options.dedup || (options.split != nil || options.folds != nil) && !args.has("no-near-duplicates")
        let duplicates = scan ? DuplicateScan.groups(snapshot, items: items, state: session.workspaceStateDirectory) : []
        let progress = ExportProgress()
        defer { progress.finish() }  // an error message must not share the progress line
        progress.phase("reading \(items.count) image sizes")
        let plan: ExportPlan
        do { plan = try ExportPlanner.plan(snapshot, items: items, options: options, duplicateGroups: duplicates) }
        catch { throw CLIError(message: "export refused: \(error.message)", code: .findings) }
        var context = ExportContext(outputPath: out.standardizedFileURL.path, filter: args["filter"].flatMap { $0.isEmpty ? nil : $0 } ?? "verdict:good",
                                    stateTime: state.time(of: plan, snapshot), sourceRoot: session.workspace.root)
        context.journal = state.positions
        let files = ExportDocuments.files(plan, snapshot: snapshot, context: context)
        try ExportFolder.write(to: out, force: args.has("force"), source: session.workspace.root, files: files) { staging, checksums throws(ExportError) in
            progress.phase("reading the export back")
            try ExportReadBack.verify(plan, folder: staging, imagesRoot: session.workspace.root, outputPath: context.outputPath)
            progress.finish()
            let provenance = ExportProvenance.document(plan, snapshot: snapshot, context: context, command: recordedCommand,
                                                       journal: state.positions, checksums: checksums)
            return [ExportFile(ExportProvenance.fileName, text: provenance)]
        }
        ExportSummary.print(plan, snapshot: snapshot, out: out.path)
        return .ok
    }

    /// The items with a good verdict, or those the filter selects; none is an error.
    private static func selection(_ snapshot: ReviewSnapshot, query: FilterQuery, path: String) throws(CLIError) -> [Int] {
        let items = query.isEmpty ? snapshot.items.indices.filter { snapshot.verdict(ofItem: $0)?.verdict == .good } : snapshot.select(query)
        guard !items.isEmpty else {
            throw CLIError(message: "nothing to export: no item in \(path) \(query.isEmpty ? "has a good verdict" : "matches '\(query.text)'")",
                           code: .findings)
        }
        return items
    }

    /// The command line as provenance: without `--force`, which changes nothing in the export,
    /// so a rerun over an old export gives the same bytes.
    private static var recordedCommand: [String] {
        ["winnow"] + CommandLine.arguments.dropFirst().filter { $0 != "--force" }
    }
}
