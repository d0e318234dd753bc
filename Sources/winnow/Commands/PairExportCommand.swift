import Foundation
import WinnowApp
import WinnowCore

/// `winnow export PAIRS --format pairs-jsonl|csv --out DIR ...`: the curated image pairs for
/// instruction-editing trainers, read back from the bytes before anything is written, then moved
/// into place with `winnow-export.json` (which says whether e-mail addresses went with them).
enum PairExportCommand {
    static func run(_ args: ParsedArguments, path: String, format: PairExportOptions.Format, out: URL) throws(CLIError) -> ExitCode {
        var options = PairExportOptions(format: format)
        do { options.split = try args["split"].map { text throws(ExportError) in try SplitRatios(parsing: text) } }
        catch { throw .usage(error.message, command: "export") }
        options.seed = try ExportArguments.seed(args)
        options.includePrivate = args.has("include-private")
        if let images = args["images"] {
            guard let mode = ExportImageMode(rawValue: images) else { throw .usage("--images takes link, copy or none", command: "export") }
            options.images = mode
        }
        let input = try ExportInput(args, path: path)
        let (session, snapshot) = (input.session, input.snapshot)
        let export = PairExport(snapshot, items: input.selected, options: options)
        guard !export.records.isEmpty else {
            throw CLIError(message: "nothing to export: no image pair of \(path) is kept (bad, forgotten, missing or unreadable images)", code: .findings)
        }
        let emails = Set(snapshot.items.compactMap { $0.pair?.email })
        let problems = export.readBack(emails: emails)
        guard problems.isEmpty else { throw CLIError(message: "the export did not read back: " + problems.joined(separator: "; "), code: .findings) }
        let provenance = JSONObject([
            ("format", .string(format.rawValue)), ("pairs", JSONValue(export.records.count)),
            ("splits", .object(JSONObject(export.counts.sorted { $0.key < $1.key }.map { ($0.key, JSONValue($0.value)) }))),
            ("left_out", .object(JSONObject(export.leftOut.sorted { $0.key < $1.key }.map { ($0.key, JSONValue($0.value)) }))),
            ("private", .string(options.includePrivate ? "included (--include-private)" : "left out")),
            ("images", .string(options.images.rawValue)),
            ("command", .array(RecordedCommand.current.map { .string($0) })),
        ])
        try ExportFolder.write(to: out, force: args.has("force"), source: session.workspace.root,
                               files: export.files + [ExportFile(ExportProvenance.fileName, text: JSONWriter.string(.object(provenance), pretty: true) + "\n")])
        let splits = export.counts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        let left = export.leftOut.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
        StandardError.write("exported \(export.records.count) pairs (\(splits)) to \(out.path)\(left.isEmpty ? "" : "; left out \(left)"), read back and checked")
        return .ok
    }
}
