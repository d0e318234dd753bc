import WinnowApp
import Foundation
import WinnowCore

/// `winnow accept PATH (--tier T | --filter QUERY) [--verdict good|bad] [--note TEXT] [--yes]`:
/// gives every unreviewed item of the set one verdict in ONE journal event, undone as one.
/// Items that already have a verdict (good, bad or skip, from anyone) are left alone: a batch
/// never overrides a person's decision. With both --tier and --filter the set is their overlap.
enum AcceptCommand {
    static func run(_ args: ParsedArguments) throws(CLIError) -> ExitCode {
        let path = try DatasetPath.single(args, command: "accept")
        let tier = try TierOption.parse(args, command: "accept")
        let query = try FilterOption.parse(args, command: "accept")
        guard tier != nil || args["filter"] != nil else { throw .usage("name the set: --tier T or --filter QUERY", command: "accept") }
        let verdict = try verdict(args)
        let triage = try TriageWorkspace(CommonOptions(args, path: path, command: "accept"))
        let snapshot = triage.snapshot
        let chosen = BatchAcceptJob.unreviewed(in: snapshot, tier: tier, query: query)
        let what = describe(tier: tier, query: query)
        guard !chosen.isEmpty else {
            throw CLIError(message: "no unreviewed items \(what): nothing accepted, nothing written", code: .findings)
        }
        try Confirmation.ask("accept \(chosen.count) unreviewed items \(what) as \(verdict.rawValue)?", yes: args.has("yes"), command: "accept",
                                  declined: "not confirmed: nothing accepted, nothing written")
        let seqs = try BatchAcceptJob.record(chosen, verdict: verdict, note: args["note"], in: triage)
        StandardError.write(SavedPrefix.text(triage.session) + "\(verdict.rawValue) · \(chosen.count) items in one batch (event \(seqs.map(String.init).joined(separator: ", "))); "
            + "`u` in the workstation undoes it as one")
        return .ok
    }

    private static func verdict(_ args: ParsedArguments) throws(CLIError) -> Verdict {
        guard let text = args["verdict"] else { return .good }
        guard let verdict = Verdict(rawValue: text), verdict != .skip else {
            throw .usage("--verdict must be good or bad, not '\(TerminalSafe.text(text))'", command: "accept")
        }
        return verdict
    }

    private static func describe(tier: Tier?, query: FilterQuery) -> String {
        var parts: [String] = []
        if let tier { parts.append("in tier \(tier.rawValue)") }
        if !query.isEmpty { parts.append("matching '\(TerminalSafe.text(query.text))'") }
        return parts.joined(separator: " ")
    }
}
