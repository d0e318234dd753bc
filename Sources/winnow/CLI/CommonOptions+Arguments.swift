import Foundation
import WinnowApp
import WinnowCore

/// The options every dataset command takes, read from its command line.
extension CommonOptions {
    static let valued: Set<String> = ["format", "images", "state", "reviewer", "tiers"]

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
