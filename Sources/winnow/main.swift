import Foundation

exit(WinnowCLI.run(Array(CommandLine.arguments.dropFirst())))
