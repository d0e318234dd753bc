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

extension BenchProcess {
    /// A whole process run to the end with its output thrown away: wall seconds and its peak
    /// resident memory in MB (the kernel's `ru_maxrss`, from `wait4`); a failure is an error.
    static func measured(_ executable: URL, _ arguments: [String]) throws(CLIError) -> (seconds: Double, peakMB: Double) {
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([executable.path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        guard posix_spawn(&pid, executable.path, &actions, nil, argv, environ) == 0 else {
            throw .unreadable("cannot start \(executable.path)")
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        guard status == 0 else { throw .unreadable("\(executable.lastPathComponent) \(arguments.first ?? "") failed (wait status \(status))") }
        return (seconds, Double(usage.ru_maxrss) / 1024)
    }
}
