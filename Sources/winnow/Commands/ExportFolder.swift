import Foundation

/// Writes an export's files into a fresh folder beside the target, then renames it into place:
/// readers of DIR see the old export or the new one, never half of one.
enum ExportFolder {
    static func write(to target: URL, force: Bool, files: [String: String]) throws(CLIError) {
        let manager = FileManager.default
        if manager.fileExists(atPath: target.path), !force {
            throw CLIError(message: "\(target.path) already exists; pass --force to replace it", code: .usage)
        }
        let staging = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).partial-\(UUID().uuidString)")
        do {
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
            for (name, text) in files.sorted(by: { $0.key < $1.key }) {
                try Data(text.utf8).write(to: staging.appendingPathComponent(name))
            }
            if manager.fileExists(atPath: target.path) {
                // Old export aside, new one in, old one gone: two renames, so DIR is never half-written.
                let old = staging.deletingLastPathComponent().appendingPathComponent(staging.lastPathComponent + ".old")
                try manager.moveItem(at: target, to: old)
                try manager.moveItem(at: staging, to: target)
                try? manager.removeItem(at: old)
            } else {
                try manager.moveItem(at: staging, to: target)
            }
        } catch {
            try? manager.removeItem(at: staging)
            throw CLIError(message: "\(target.path): export failed, nothing written (\(error.localizedDescription))", code: .unreadable)
        }
    }
}
