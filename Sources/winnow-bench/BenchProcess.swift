import Foundation
import WinnowApp

/// Whole processes a bench times: the `winnow` built beside this binary, or a peer tool.
enum BenchProcess {
    /// The `winnow` built beside this benchmark (the bench times the real command).
    static var winnow: URL {
        let bench = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        return bench.deletingLastPathComponent().appendingPathComponent("winnow")
    }

    /// Runs it to the end: wall seconds and what it printed; a failure is an error.
    static func timed(_ executable: URL, _ arguments: [String]) throws(CLIError) -> (seconds: Double, output: String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        let start = DispatchTime.now().uptimeNanoseconds
        do { try process.run() } catch { throw .unreadable("cannot start \(executable.path): \(error)") }
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw .unreadable("\(executable.lastPathComponent) failed with status \(process.terminationStatus)") }
        return (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, String(decoding: output, as: UTF8.self))
    }
}
