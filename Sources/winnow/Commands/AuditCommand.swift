import WinnowApp
import WinnowCore

/// `winnow audit PATH --tier T --sample N [--seed S] [--json]`: draws a reproducible sample of
/// the tier into the audit queue (one journal event, shared and kept across restarts).
/// `winnow audit PATH --tier T --report [--json]`: how the reviewed part of the sample came out.
///
/// The sample is drawn from every item of the tier, reviewed or not: the estimate is of the
/// tier as a whole, sampled items already reviewed count at once, and the same seed gives the
/// same sample however many verdicts came in since.
enum AuditCommand {
    static func run(_ args: ParsedArguments) throws(CLIError) -> ExitCode {
        let path = try DatasetPath.single(args, command: "audit")
        guard let tier = try TierOption.parse(args, command: "audit") else { throw .usage("missing --tier high|medium|low", command: "audit") }
        guard args.has("report") != (args["sample"] != nil) else { throw .usage("give either --sample N or --report", command: "audit") }
        let options = try CommonOptions(args, path: path, command: "audit")
        if args.has("report") {
            return try report(tier, TriageWorkspace(options), path: path, json: args.has("json"))
        }
        let count = try sampleSize(args)
        let seed = try seed(args)
        return try draw(tier, count: count, seed: seed, TriageWorkspace(options), json: args.has("json"))
    }

    private static func draw(_ tier: Tier, count: Int, seed: UInt64, _ triage: TriageWorkspace, json: Bool) throws(CLIError) -> ExitCode {
        let snapshot = triage.snapshot
        guard let draw = AuditDraw(snapshot, tier: tier, count: count, seed: seed) else {
            throw CLIError(message: "tier \(tier.rawValue) has no items: nothing to sample", code: .findings)
        }
        try triage.record(draw.actions)
        let (sample, population) = (draw.sample, draw.population)
        let sampledIDs = sample.map { snapshot.items[$0].id }
        if json {
            JSONOutput.print(.object(JSONObject([
                ("tier", JSONValue(tier.rawValue)), ("seed", JSONValue(String(seed))), ("population", JSONValue(population.count)),
                ("items", .array(sampledIDs.map { .string($0) })),
            ])))
        } else {
            for id in sampledIDs { print(TerminalSafe.text(id)) }
        }
        StandardError.write("audit sample saved: \(sample.count) of \(population.count) \(tier.rawValue)-tier items, seed \(seed)"
            + " (review them, then `winnow audit PATH --tier \(tier.rawValue) --report`)")
        return .ok
    }

    private static func report(_ tier: Tier, _ triage: TriageWorkspace, path: String, json: Bool) throws(CLIError) -> ExitCode {
        guard let report = triage.snapshot.auditReport(tier: tier) else {
            throw CLIError(message: "no audit sample of tier \(tier.rawValue) yet: draw one with "
                + "`winnow audit \(TerminalSafe.text(path)) --tier \(tier.rawValue) --sample N`", code: .findings)
        }
        if json {
            JSONOutput.print(report.json)
        } else {
            print(AuditReportText.render(report))
        }
        return .ok
    }

    private static func sampleSize(_ args: ParsedArguments) throws(CLIError) -> Int {
        guard let text = args["sample"], let n = Int(text), n > 0 else {
            throw .usage("--sample must be a positive number of items", command: "audit")
        }
        return n
    }

    /// `--seed S`, or a fresh one (printed, so the draw can be repeated).
    private static func seed(_ args: ParsedArguments) throws(CLIError) -> UInt64 {
        guard let text = args["seed"] else { return AuditDraw.randomSeed() }
        guard let seed = UInt64(text) else { throw .usage("--seed must be a whole number from 0 to \(UInt64.max)", command: "audit") }
        return seed
    }
}
