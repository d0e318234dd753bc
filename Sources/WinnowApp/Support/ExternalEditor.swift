import Foundation
import WinnowCore

/// Runs the user's editor on a text, as git does: `$VISUAL`, else `$EDITOR`, else `vi`, through
/// `sh -c` (so `EDITOR="code --wait"` works), on a file in a fresh private folder that is removed
/// after. The terminal must have been given back before, and is redrawn after.
package enum ExternalEditor {
    package static func edit(_ text: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> Result<String, EditorFailure> {
        let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("winnow-edit-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("text.txt")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
            try Data(text.utf8).write(to: file)
        } catch {
            return .failure(EditorFailure("cannot write the text for the editor: \(error.localizedDescription)"))
        }
        guard let status = SystemCalls.runInForeground("/bin/sh", ["-c", editor + " \"$1\"", "sh", file.path], environment: environment) else {
            return .failure(EditorFailure("cannot start the editor (\(editor))"))
        }
        guard status == 0 else { return .failure(EditorFailure("the editor (\(editor)) exited with status \(status); nothing saved")) }
        guard let data = FileManager.default.contents(atPath: file.path) else { return .failure(EditorFailure("the edited text is gone; nothing saved")) }
        return .success(String(decoding: data, as: UTF8.self))
    }
}

package struct EditorFailure: Error, Sendable {
    package let message: String
    package init(_ message: String) { self.message = message }
}
