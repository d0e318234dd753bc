import Foundation
import WinnowApp

// `winnow-bench [options]`: the budgets of DESIGN.md section 9, measured through the WinnowApp jobs the commands run.
let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "--help" || arguments.first == "-h" {
    print(BenchCommand.usage)
    exit(0)
}
do {
    exit(try BenchCommand.run(arguments).rawValue)
} catch {
    StandardError.write("winnow-bench: \(error.message)")
    exit(error.code.rawValue)
}
