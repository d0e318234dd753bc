import Foundation
import WinnowApp
import WinnowCanvas
import WinnowCore
import WinnowSamples
import WinnowTerminal
import WinnowUI

/// `winnow [review] [PATH]`: the workstation, or with --headless a key script run through the
/// same reducer and renderer, printing the final screen.
enum ReviewCommand {
    static func run(_ args: ParsedArguments) throws(CLIError) -> ExitCode {
        let path = try args.positional.isEmpty ? samplesPath() : DatasetPath.single(args, command: "review")
        // Said on the plain terminal, before the full-screen view opens.
        guard FileManager.default.fileExists(atPath: path) else { throw .unreadable("\(TerminalSafe.text(path)): no such file or folder") }
        var options = try CommonOptions(args, path: path, command: "review")
        options.startFilter = args["filter"] == nil ? nil : try FilterOption.parse(args, command: "review")
        options.startQueue = try args["queue"].map { name throws(CLIError) -> QueueName in
            guard let queue = QueueName(rawValue: name) else { throw .usage("unknown queue '\(name)'", command: "review") }
            return queue
        }
        options.read.previewBytes = try previewBytes(args)
        options.showPrivate = args.has("show-private")
        if let megabytes = args["thumbnail-cache"] {
            guard let mb = Int(megabytes), (1...65_536).contains(mb) else { throw .usage("--thumbnail-cache takes megabytes, 1 to 65536", command: "review") }
            options.thumbnailCacheBytes = mb << 20
        }
        var warnings: [String] = []
        let keymap = try Appearance.keymap(args["keymap"], warnings: &warnings)
        let theme = try Appearance.theme(args["theme"], warnings: &warnings)
        warnings.forEach { StandardError.write("warning: \($0)") }
        if args.has("headless") { return try headless(args, options: options, keymap: keymap, theme: theme) }
        return try interactive(options, keymap: keymap, theme: theme, warning: warnings.first, unicode: args.has("unicode"))
    }

    /// `--preview-bytes N` (0: none), else 8 MB: about 18,000 examples of 450 bytes, or 5,800 screenshots whose
    /// manifest line and annotation file take 1.4 KB, read in a tenth of a second.
    private static func previewBytes(_ args: ParsedArguments) throws(CLIError) -> Int? {
        guard let text = args["preview-bytes"] else { return 8_000_000 }
        guard let bytes = Int(text), bytes >= 0 else { throw .usage("--preview-bytes takes a number of bytes (0: read everything first)", command: "review") }
        return bytes == 0 ? nil : bytes
    }

    /// `warning`: a broken keymap or theme override, shown in the status bar as stderr is hidden.
    private static func interactive(_ options: CommonOptions, keymap: Keymap, theme: Theme, warning: String?,
                                    unicode: Bool) throws(CLIError) -> ExitCode {
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal(options: TerminalOptions(forceMono: theme.isMonochrome, forceUnicode: unicode))
        } catch {
            throw .unreadable(error.description)
        }
        defer { terminal.restore() }
        let notice = terminal.unicode ? warning : "no UTF-8 locale: ASCII only (LANG=C.UTF-8 or --unicode for the full display)"
        try Workstation(device: terminal, keymap: keymap, theme: theme, notice: notice).run(options)
        return terminal.exitCode
    }

    private static func headless(_ args: ParsedArguments, options: CommonOptions, keymap: Keymap, theme: Theme) throws(CLIError) -> ExitCode {
        let size = try args["size"].map { text throws(CLIError) in try HeadlessReview.parseSize(text) } ?? HeadlessReview.defaultSize
        let terminal = try HeadlessReview.run(options, keymap: keymap, theme: theme, script: try script(args), size: size,
                                              unicode: !args.has("ascii"), color: args.has("color"))
        print(HeadlessReview.text(terminal, frames: args.has("frames")))
        return .ok
    }

    /// The script's steps: keys in key notation, and `<wait:SECONDS>` to let virtual time pass
    /// (journal polls and claim refreshes fall due, as in a real session).
    private static func script(_ args: ParsedArguments) throws(CLIError) -> [TerminalScriptStep] {
        let text: String
        if let inline = args["keys-string"] {
            text = inline
        } else if let file = args["keys"] {
            guard let data = FileManager.default.contents(atPath: file) else { throw .unreadable("\(file): cannot read the key script") }
            text = String(decoding: data, as: UTF8.self)
        } else {
            throw .usage("--headless needs --keys FILE or --keys-string KEYS", command: "review")
        }
        var steps: [TerminalScriptStep] = []
        var keys = ""
        // Line breaks in a script file separate keys like spaces do.
        for word in text.split(whereSeparator: { $0 == " " || $0.isNewline }) {
            guard word.lowercased().hasPrefix("<wait:"), word.hasSuffix(">") else {
                keys += " " + word
                continue
            }
            guard let seconds = Double(word.dropFirst(6).dropLast()), seconds >= 0, seconds < 86_400 else {
                throw .usage("bad key script: \(word) (a wait is <wait:SECONDS>)", command: "review")
            }
            steps += try parseKeys(keys)
            keys = ""
            steps.append(.wait(seconds: seconds))
        }
        return steps + (try parseKeys(keys))
    }

    private static func parseKeys(_ text: String) throws(CLIError) -> [TerminalScriptStep] {
        do {
            return TerminalScriptStep.keys(try KeyNotation.parse(text))
        } catch {
            throw .usage("bad key script: \(error)", command: "review")
        }
    }


    /// The bundled samples; the drill runs are simulated into `drilling/` on first use.
    private static func samplesPath() throws(CLIError) -> String {
        guard let url = ResourceLocator.folder("SampleDatasets") else {
            throw CLIError(message: "no dataset given: open one with `winnow PATH` (a folder or file); "
                + "to try the samples, run `winnow` inside a Winnow checkout or set WINNOW_HOME to one", code: .usage)
        }
        if !SampleWriter.ensureDrilling(at: url.appendingPathComponent("drilling")) {
            StandardError.write("warning: cannot write the sample drill runs into \(url.path)/drilling; showing the screenshots only")
        }
        return url.path
    }
}
