import Foundation
import WinnowCore
import WinnowSamples
import WinnowUI

/// `winnow [review] [PATH]`: the workstation, or with --headless a key script run through the
/// same reducer and renderer, printing the final screen.
enum ReviewCommand {
    static let valued = CommonOptions.valued.union(["theme", "keymap", "keys", "keys-string", "size", "filter", "queue"])
    static let flags: Set<String> = ["headless", "color", "ascii"]

    static func run(_ arguments: [String]) throws(CLIError) -> ExitCode {
        let args = try ParsedArguments(arguments, valued: valued, flags: flags, command: "review")
        let path = try args.positional.isEmpty ? samplesPath() : DatasetPath.single(args, command: "review")
        var options = try CommonOptions(args, path: path, command: "review")
        options.startFilter = args["filter"] == nil ? nil : try FilterOption.parse(args, command: "review")
        options.startQueue = try args["queue"].map { name throws(CLIError) -> QueueName in
            guard let queue = QueueName(rawValue: name) else { throw .usage("unknown queue '\(name)'", command: "review") }
            return queue
        }
        let keymap = try Appearance.keymap(args["keymap"])
        let theme = try Appearance.theme(args["theme"])
        if args.has("headless") {
            return try HeadlessReview.run(args, options: options, keymap: keymap, theme: theme)
        }
        return try InteractiveReview.run(options: options, keymap: keymap, theme: theme)
    }

    /// The app state for a freshly opened session.
    static func initialState(_ session: CurationSession, keymap: Keymap, size: TerminalSize, display: DisplayOptions,
                             thresholds: TierThresholds = .standard, options: CommonOptions? = nil) -> AppState {
        let snapshot = ReviewSnapshot(workspace: session.workspace, ledgers: session.ledgers, thresholds: thresholds)
        var state = AppState(workspace: session.workspace, ledgers: session.ledgers, reviewer: session.reviewer, keymap: keymap,
            itemIssues: snapshot.itemIssues, size: size, display: display, thresholds: thresholds)
        let unwritable = session.prepareForWriting().map { Issue(.error, "state.read-only", $0.description) }
        if let options, let reasons = try? ConfigOption.load(options, workspace: session.workspace).reasons { state.reasons = reasons }
        if let position = PositionStore(session: session).load() { state.resume(at: position) }
        if let options, options.startQueue != nil || options.startFilter != nil {
            state.resume(at: ReviewPosition(queue: (options.startQueue ?? state.queueName).rawValue,
                                            filter: options.startFilter?.text ?? state.filter.text, item: ""))
        }
        let problems = unwritable + session.problems + snapshot.generalIssues.map(\.issue)
        if let first = problems.first {
            state.message = .error(problems.count == 1 ? first.text : "\(first.text) (+\(problems.count - 1) more: winnow validate)")
        }
        return state
    }

    /// The bundled samples; the drill runs are simulated into `drilling/` on first use.
    private static func samplesPath() throws(CLIError) -> String {
        guard let url = ResourceLocator.folder("SampleDatasets") else {
            throw .usage("no PATH given and no SampleDatasets/ folder found")
        }
        if !SampleWriter.ensureDrilling(at: url.appendingPathComponent("drilling")) {
            StandardError.write("warning: cannot write the sample drill runs into \(url.path)/drilling; showing the screenshots only")
        }
        return url.path
    }
}
