import WinnowApp
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
        var job = ImageExportJob(options: options, out: out)
        job.force = args.has("force")
        job.query = try FilterOption.parse(args, command: "export")
        job.at = try ExportArguments.at(args, session: session)
        job.nearDuplicates = !args.has("no-near-duplicates")
        job.command = RecordedCommand.current
        let progress = ExportProgress()
        defer { progress.finish() }  // an error message must not share the progress line
        job.onPhase = { phase, count in
            switch phase {
            case .plan: progress.phase("reading \(count) image sizes")
            case .readBack: progress.phase("reading the export back")
            case .provenance: progress.finish()
            case .documents, .write: break
            }
        }
        let (plan, snapshot) = try job.run(session, thresholds: try common.thresholds(for: session), path: path)
        ExportSummary.print(plan, snapshot: snapshot, out: out.path)
        return .ok
    }
}
