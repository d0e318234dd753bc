import Foundation
import WinnowCore

/// Writes an export into a fresh folder beside the target, lets the caller check it and add its
/// last files, then renames it into place: readers of DIR see the old export or the new one,
/// never half of one, and a failure (a full disk, a check that fails) leaves nothing behind.
package enum ExportFolder {
    /// Called with the staging folder and the checksums of what was written; returns files to add.
    package typealias Finish = (_ staging: URL, _ checksums: [(path: String, checksum: String)]) throws(ExportError) -> [ExportFile]

    /// Files that mark a folder as an earlier export, which `--force` may replace.
    package static let markers = [ExportProvenance.fileName, "signals.csv"]

    /// Refuses a target that exists, unless `--force` is given and it is an earlier export or empty;
    /// never one that holds `source`, the data being exported.
    package static func checkTarget(_ target: URL, force: Bool, source: URL) throws(CLIError) {
        let manager = FileManager.default
        guard manager.fileExists(atPath: target.path) else { return }
        let targetPath = target.standardizedFileURL.resolvingSymlinksInPath().path
        let sourcePath = source.standardizedFileURL.resolvingSymlinksInPath().path
        if sourcePath == targetPath || sourcePath.hasPrefix(targetPath + "/") {
            throw CLIError(message: "\(target.path) holds the data being exported; choose another --out", code: .usage)
        }
        guard force else { throw CLIError(message: "\(target.path) already exists; pass --force to replace it", code: .usage) }
        let contents = (try? manager.contentsOfDirectory(atPath: target.path)) ?? ["?"]
        guard contents.isEmpty || markers.contains(where: contents.contains) else {
            throw CLIError(message: "\(target.path) is not an earlier export (no \(markers.joined(separator: " or "))); --force only replaces exports",
                           code: .usage)
        }
    }

    package static func write(to target: URL, force: Bool, source: URL, files: [ExportFile], finish: Finish? = nil) throws(CLIError) {
        try checkTarget(target, force: force, source: source)
        removeAbandonedStaging(of: target)
        let staging = target.deletingLastPathComponent()
            .appendingPathComponent(".\(target.lastPathComponent).partial-\(SystemCalls.processID)-\(UUID().uuidString)")
        do {
            var writer = ExportFileWriter(root: staging)
            let checksums = try writer.write(files)
            if let finish { _ = try writer.write(try finish(staging, checksums)) }
            try moveIntoPlace(staging, target)
        } catch {
            try? FileManager.default.removeItem(at: staging)
            throw CLIError(message: "\(target.path): export failed, nothing written: \(error.message)", code: .unreadable)
        }
    }

    /// Staging folders of exports to the same target whose process is gone (killed, or stopped
    /// with Ctrl-C) are removed; one of a running export is left alone.
    private static func removeAbandonedStaging(of target: URL) {
        let parent = target.deletingLastPathComponent()
        let prefix = ".\(target.lastPathComponent).partial-"
        for name in (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? [] where name.hasPrefix(prefix) {
            guard let pid = Int32(name.dropFirst(prefix.count).prefix { $0 != "-" }), !SystemCalls.processIsRunning(pid) else { continue }
            try? FileManager.default.removeItem(at: parent.appendingPathComponent(name))
        }
    }

    /// Old export aside, new one in, old one gone: two renames, so DIR is never half-written. If
    /// the second rename fails, the old export goes back.
    private static func moveIntoPlace(_ staging: URL, _ target: URL) throws(ExportError) {
        let manager = FileManager.default
        let old = staging.deletingLastPathComponent().appendingPathComponent(staging.lastPathComponent + ".old")
        let replacing = manager.fileExists(atPath: target.path)
        do {
            if replacing { try manager.moveItem(at: target, to: old) }
            try manager.moveItem(at: staging, to: target)
        } catch {
            if replacing { try? manager.moveItem(at: old, to: target) }
            throw ExportError("could not move the export into place (\(error.localizedDescription))")
        }
        if replacing { try? manager.removeItem(at: old) }
    }
}
