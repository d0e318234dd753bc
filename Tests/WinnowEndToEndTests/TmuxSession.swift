import Foundation
import XCTest

/// The real binary in a real terminal: tmux on a private socket (never the user's sessions),
/// keys sent with send-keys, the screen read with capture-pane, polled until a condition holds.
final class TmuxSession {
    let socket = "winnow-test-\(UUID().uuidString.prefix(8))"
    let statusFile: URL

    init(command: [String], workdir: URL, width: Int = 200, height: Int = 60, environment: [String: String] = [:]) throws {
        statusFile = workdir.appendingPathComponent("exit-status-\(socket)")
        var env = ["WINNOW_HOME": WinnowProcess.packageRoot.path, "LANG": "C.UTF-8", "TERM": "xterm-256color"]
        for (k, v) in environment { env[k] = v }
        // `swift test` runs with NO_COLOR set; the terminal under test starts from a clean slate.
        let exports = "unset NO_COLOR COLORTERM; " + env.map { "export \($0.key)=\(Self.quote($0.value));" }.joined(separator: " ")
        let line = command.map(Self.quote).joined(separator: " ")
        // The shell records winnow's exit status once it ends; `exec`-less so the status is captured.
        // The pane's sh ignores Ctrl-C, as an interactive shell waits it out, so it lives to record the status.
        // Then the terminal's modes as winnow left them, for tests of its restoring them.
        let modes = Self.quote(statusFile.path + ".stty")
        let script = "trap '' INT; \(exports) \(line); echo $? > \(Self.quote(statusFile.path)); stty -a > \(modes) 2>&1; sleep 30"
        // Through system(): Foundation's Process never sees this tmux client exit (the server it
        // forks keeps it from being reaped), so waiting on it would hang.
        let arguments = ["/usr/bin/tmux", "-L", socket, "new-session", "-d", "-x", String(width), "-y", String(height), "sh", "-c", script]
        guard system(arguments.map(Self.quote).joined(separator: " ") + " </dev/null >/dev/null 2>&1") == 0 else {
            throw CocoaError(.executableLoad)
        }
    }

    deinit { _ = try? tmux(["kill-server"]) }

    func send(_ keys: String...) throws { try tmux(["send-keys", "-t", "0"] + keys) }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", "0", "-x", String(width), "-y", String(height)])
    }

    func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", "0"]) }

    /// The screen with its color and attribute escapes, as tmux holds it.
    func styledScreen() throws -> String { try tmux(["capture-pane", "-p", "-e", "-t", "0"]) }

    /// Polls the screen until `condition` holds; fails with the last screen after `timeout`.
    @discardableResult
    func waitFor(_ what: String, timeout: TimeInterval = 15, file: StaticString = #filePath, line: UInt = #line,
                 _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if condition(last) { return last }
            Thread.sleep(forTimeInterval: 0.05)
        }
        XCTFail("timed out waiting for \(what); screen was:\n\(last)", file: file, line: line)
        return last
    }

    /// The pid of winnow inside the pane's shell.
    func winnowPID() throws -> Int32? {
        let shell = try tmux(["list-panes", "-t", "0", "-F", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let children = try Self.run("/usr/bin/pgrep", ["-P", shell, "winnow"]).trimmingCharacters(in: .whitespacesAndNewlines)
        return children.split(separator: "\n").first.flatMap { Int32($0) }
    }

    func exitStatus(timeout: TimeInterval = 10) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let text = try? String(contentsOf: statusFile, encoding: .utf8), let code = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
                return code
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return nil
    }

    /// `stty -a` as winnow left the terminal (after `exitStatus()` returned).
    func terminalModesAfterExit(timeout: TimeInterval = 5) -> String {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let text = try? String(contentsOf: URL(fileURLWithPath: statusFile.path + ".stty"), encoding: .utf8), text.contains("echo") {
                return text
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return ""
    }

    /// A tmux format of the pane: `#{alternate_on}` is 1 while the alternate screen is on.
    func paneFormat(_ format: String) throws -> String {
        try tmux(["display-message", "-p", "-t", "0", format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        try Self.run("/usr/bin/tmux", ["-L", socket] + arguments)
    }

    private static func run(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    static func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }
}
