import Foundation
import WinnowApp
import WinnowCore

/// `winnow export TEXT --format jsonl|csv|hf|spacy|conll --out DIR ...`: the curated text
/// examples for training code, read back from the bytes before anything is written, then moved
/// into place with `winnow-export.json`.
enum TextExportCommand {
    static func run(_ args: ParsedArguments, path: String, format: TextExportFormat, out: URL) throws(CLIError) -> ExitCode {
        let options = try self.options(args, format: format)
        let input = try ExportInput(args, path: path)
        let (session, snapshot) = (input.session, input.snapshot)
        let export = TextExport(snapshot, items: input.selected, options: options)
        guard !export.records.isEmpty else {
            throw CLIError(message: "nothing to export: no example of \(path) passes (bad verdicts, include_in_training, relevance, length)", code: .findings)
        }
        if format == .hf, export.mixesKinds {
            throw CLIError(message: "an hf dataset has one set of columns: export the prompt/response pairs and the labelled texts apart "
                           + "(for example --filter 'file:chat*')", code: .findings)
        }
        let problems = export.readBack(options: options)
        guard problems.isEmpty else { throw CLIError(message: "the export did not read back: " + problems.joined(separator: "; "), code: .findings) }
        let provenance = JSONObject([
            ("format", .string(format.rawValue)), ("examples", JSONValue(export.records.count)),
            ("splits", .object(JSONObject(export.counts.sorted { $0.key < $1.key }.map { ($0.key, JSONValue($0.value)) }))),
            ("left_out", JSONValue(snapshot.items.count - export.records.count)),
            ("command", .array(RecordedCommand.current.map { .string($0) })),
        ])
        try ExportFolder.write(to: out, force: args.has("force"), source: session.workspace.root,
                               files: export.files + [ExportFile(ExportProvenance.fileName, text: JSONWriter.string(.object(provenance), pretty: true) + "\n")])
        let splits = export.counts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        StandardError.write("exported \(export.records.count) examples (\(splits)) to \(out.path), read back and checked")
        return .ok
    }

    private static func options(_ args: ParsedArguments, format: TextExportFormat) throws(CLIError) -> TextExportOptions {
        var options = TextExportOptions(format: format)
        options.chat = args.has("chat")
        if let split = args["split"] {
            do { options.split = try SplitRatios(parsing: split) } catch { throw .usage(error.message, command: "export") }
        }
        options.seed = try ExportArguments.seed(args)
        if let relevance = args["min-relevance"] {
            guard ["low", "medium", "high"].contains(relevance) else { throw .usage("--min-relevance takes low, medium or high", command: "export") }
            options.minimumRelevance = relevance
        }
        if let text = args["min-prompt"] { options.minimumPromptLength = try length(text, option: "min-prompt") }
        if let text = args["min-response"] { options.minimumResponseLength = try length(text, option: "min-response") }
        return options
    }

    private static func length(_ text: String, option: String) throws(CLIError) -> Int {
        guard let n = Int(text), n >= 0 else { throw .usage("--\(option) takes a number of characters", command: "export") }
        return n
    }
}
