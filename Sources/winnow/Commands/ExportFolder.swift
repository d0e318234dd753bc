import Foundation
import WinnowCore

/// Writes an export into a fresh folder beside the target, lets the caller check it and add its
/// last files, then renames it into place: readers of DIR see the old export or the new one,
/// never half of one, and a failure (a full disk, a check that fails) leaves nothing behind.
enum ExportFolder {
    /// Called with the staging folder and the checksums of what was written; returns files to add.
    typealias Finish = (_ staging: URL, _ checksums: [(path: String, checksum: String)]) throws(ExportError) -> [ExportFile]

    static func write(to target: URL, force: Bool, files: [ExportFile], finish: Finish? = nil) throws(CLIError) {
        if FileManager.default.fileExists(atPath: target.path), !force {
            throw CLIError(message: "\(target.path) already exists; pass --force to replace it", code: .usage)
        }
        let staging = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).partial-\(UUID().uuidString)")
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

    /// Old export aside, new one in, old one gone: two renames, so DIR is never half-written.
    private static func moveIntoPlace(_ staging: URL, _ target: URL) throws(ExportError) {
        let manager = FileManager.default
        do {
            if manager.fileExists(atPath: target.path) {
                let old = staging.deletingLastPathComponent().appendingPathComponent(staging.lastPathComponent + ".old")
                try manager.moveItem(at: target, to: old)
                try manager.moveItem(at: staging, to: target)
                try? manager.removeItem(at: old)
            } else {
                try manager.moveItem(at: staging, to: target)
            }
        } catch {
            throw ExportError("could not move the export into place (\(error.localizedDescription))")
        }
    }
}
