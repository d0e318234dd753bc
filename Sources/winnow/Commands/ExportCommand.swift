import Foundation
import WinnowCore

/// `winnow export PATH --format signals --out DIR [--folds K] [--groups CSV] [--force]`:
/// curated data for training code. Written to a temporary folder first and moved into place,
/// so a failed export never leaves a half-written folder.
enum ExportCommand {
    static let formats = ["signals", "coco"]

    static func run(_ arguments: [String]) throws(CLIError) -> ExitCode {
        let args = try ParsedArguments(arguments, valued: CommonOptions.valued.union(["out", "folds", "groups", "seed", "filter"]),
                                       flags: ["force"], command: "export")
        let path = try DatasetPath.single(args, command: "export")
        guard let format = args["format"], formats.contains(format) else {
            throw .usage("--format must be one of: \(formats.joined(separator: ", "))", command: "export")
        }
        guard let out = args["out"] else { throw .usage("missing --out DIR", command: "export") }
        let query = try FilterOption.parse(args, command: "export")
        let folds = try args["folds"].map { text throws(CLIError) in
            guard let k = Int(text), k >= 2 else { throw .usage("--folds must be a number of at least 2", command: "export") }
            return k
        } ?? 24
        let session = try CommonOptions.open(path: path, stateOverride: args["state"].map { URL(fileURLWithPath: $0, isDirectory: true) },
                                             reviewer: "export")
        CommonOptions.reportProblems(session)
        let thresholds = try args["tiers"].map { text throws(CLIError) in try CommonOptions.parseTiers(text, command: "export") } ?? .standard
        let snapshot = ReviewSnapshot(workspace: session.workspace, ledgers: session.ledgers, thresholds: thresholds)
        if format == "coco" { return try coco(snapshot, query: query, out: out, force: args.has("force"), path: path) }
        let groups = try args["groups"].map(GroupSheet.read) ?? [:]
        let rows = SignalExport.rows(snapshot, items: snapshot.select(query), groups: groups, folds: folds,
                                     seed: UInt64(args["seed"] ?? "") ?? 0)
        guard !rows.isEmpty else {
            let scope = query.isEmpty ? "" : " matching '\(query.text)'"
            throw CLIError(message: "nothing to export: no drill run\(scope) in \(path) has a verdict yet", code: .findings)
        }
        try ExportFolder.write(to: URL(fileURLWithPath: out), force: args.has("force"), files: [
            "signals.csv": SignalExport.csv(rows),
            "signals.jsonl": SignalExport.jsonl(rows),
        ])
        StandardError.write("exported \(rows.count) runs in \(Set(rows.map(\.group)).count) groups over \(folds) folds to \(out)")
        return .ok
    }

    /// `--format coco`: the items with a good verdict (or the `--filter` set) as one COCO file.
    private static func coco(_ snapshot: ReviewSnapshot, query: FilterQuery, out: String, force: Bool, path: String) throws(CLIError) -> ExitCode {
        let items = query.isEmpty ? snapshot.items.indices.filter { snapshot.verdict(ofItem: $0)?.verdict == .good } : snapshot.select(query)
        guard !items.isEmpty else {
            throw CLIError(message: "nothing to export: no screenshot in \(path) \(query.isEmpty ? "has a good verdict" : "matches '\(query.text)'")",
                           code: .findings)
        }
        let info = JSONObject([("description", "exported by winnow"), ("filter", JSONValue(query.isEmpty ? "verdict:good" : query.text))])
        let result = COCOExport.document(snapshot, items: items, info: info)
        try ExportFolder.write(to: URL(fileURLWithPath: out), force: force, files: ["annotations.json": JSONWriter.string(result.document, pretty: true) + "\n"])
        StandardError.write("exported \(result.images) images, \(result.annotations) boxes to \(out)/annotations.json"
                            + (result.skipped > 0 ? " (\(result.skipped) rejected or unusable boxes left out)" : ""))
        return .ok
    }
}
