import Foundation
import WinnowTestSupport
import XCTest

/// Runs the real `winnow` binary that `swift build` put beside the test bundle.
enum WinnowProcess {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    static var binary: URL {
        var dir = URL(fileURLWithPath: CommandLine.arguments.first(where: { $0.hasSuffix(".xctest") }) ?? Bundle.main.bundlePath)
        // The .xctest bundle sits in the products folder (on macOS it is a directory inside it).
        while !FileManager.default.fileExists(atPath: dir.appendingPathComponent("winnow").path), dir.path != "/" {
            dir.deleteLastPathComponent()
        }
        return dir.appendingPathComponent("winnow")
    }

    /// The checkout these tests are in.
    static var packageRoot: URL { RealData.packageRoot }
    static var realdata: URL { RealData.root }

    /// Runs a `/bin/sh -c` command line (to set limits such as `ulimit -f` before the binary starts).
    static func shell(_ command: String) throws -> Result {
        try run(["-c", command], executable: URL(fileURLWithPath: "/bin/sh"))
    }

    @discardableResult
    static func run(_ arguments: [String], environment: [String: String] = [:], stdin: String? = nil, executable: URL? = nil) throws -> Result {
        let process = Process()
        process.executableURL = executable ?? binary
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["WINNOW_HOME"] = packageRoot.path
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let input = Pipe()
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }
}
