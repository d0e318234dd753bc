import Foundation
import WinnowApp
import WinnowCore

/// The options every dataset command takes, read from its command line.
extension CommonOptions {
    /// The options and their help, as `winnow --help` lists them.
    static let help: [(option: String, value: String, text: String)] = [
        ("format", "screenshots|coco|voc|yolo|signals|workspace", "how to read PATH (default: detected)"),
        ("images", "DIR", "image folder of a COCO file (default: the file's folder, then its images/)"),
        ("state", "DIR", "keep curation state (the journal) here instead of PATH/.winnow/"),
        ("reviewer", "NAME", "who is reviewing (default: $USER, else the login name)"),
        ("tiers", "H,M", "tier thresholds: high above H, medium above M (default 0.9,0.7)"),
    ]
    static let valued = Set(help.map(\.option))

    init(_ args: ParsedArguments, path: String, command: String) throws(CLIError) {
        self.init(path: path, reviewer: "")
        var read = ReadOptions()
        if let format = args["format"] {
            guard let parsed = DatasetFormat(rawValue: format) else {
                let known = DatasetFormat.allCases.map(\.rawValue).joined(separator: ", ")
                throw .usage("unknown --format \(format) (known: \(known))", command: command)
            }
            read.format = parsed
        }
        read.imagesDirectory = args["images"].map { URL(fileURLWithPath: $0) }
        self.read = read
        state = args["state"].map { URL(fileURLWithPath: $0, isDirectory: true) }
        let env = ProcessInfo.processInfo.environment
        reviewer = args["reviewer"] ?? env["USER"] ?? env["LOGNAME"] ?? SystemCalls.loginName
        if let tiers = args["tiers"] { explicitTiers = try Self.parseTiers(tiers, command: command) }
    }
}
