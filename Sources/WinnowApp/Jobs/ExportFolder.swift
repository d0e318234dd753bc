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
        if SystemCalls.isSymbolicLink(target.path) {
            throw CLIError(message: "\(target.path) is a symbolic link; --force replaces an export folder, not a link (give the folder itself)",
                           code: .usage)
        }
        let contents = (try? manager.contentsOfDirectory(atPath: target.path)) ?? ["?"]
        guard contents.isEmpty || markers.contains(where: contents.contains) else {
            throw CLIError(message: "\(target.path) is not an earlier export (no \(markers.joined(separator: " or "))); --force only replaces exports",
                           code: .usage)
        }
        let strangers = filesNotWritten(in: target)
        guard strangers.isEmpty else {
            let named = strangers.prefix(3).joined(separator: ", ") + (strangers.count > 3 ? " and \(strangers.count - 3) more" : "")
            throw CLIError(message: "\(target.path) holds files the earlier export did not write (\(named)); --force would delete them, "
                           + "so nothing was replaced: move them, or choose another --out", code: .usage)
        }
    }

    /// Files in an earlier export that its provenance does not list (someone's notes, another
    /// tool's output): replacing the folder must not take them with it. None without provenance.
    private static func filesNotWritten(in target: URL) -> [String] {
        let provenance = target.appendingPathComponent(ExportProvenance.fileName)
        guard let data = FileManager.default.contents(atPath: provenance.path),
              case .object(let files)? = (try? JSONParser.parse([UInt8](data)))?["files"] else { return [] }
        let listed = Set(files.keys + [ExportProvenance.fileName])
        let root = target.path + "/"
        var strangers: [String] = []
        let walk = FileManager.default.enumerator(atPath: target.path)
        while let relative = walk?.nextObject() as? String {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: root + relative, isDirectory: &isFolder), isFolder.boolValue,
               !SystemCalls.isSymbolicLink(root + relative) { continue }
            if !listed.contains(relative) { strangers.append(relative) }
        }
        return strangers.sorted()
    }

    package static func write(to target: URL, force: Bool, source: URL, files: [ExportFile], finish: Finish? = nil) throws(CLIError) {
        try write(to: target, force: force, source: source, finish: finish) { (writer) throws(ExportError) in try writer.write(files) }
    }

    /// An export with images: they are linked (or copied) on another thread from the start, while
    /// `documents` makes the rest, which is written and read back by `checkDocuments` (given the
    /// staging folder).
    package static func write(to target: URL, force: Bool, source: URL, images: [ExportFile],
                              documents: () throws(ExportError) -> [ExportFile],
                              checkDocuments: (URL) throws(ExportError) -> Void, finish: Finish? = nil) throws(CLIError) {
        try write(to: target, force: force, source: source, finish: finish) { (writer) throws(ExportError) in
            try writer.write(images: images, documents: documents, checkingDocuments: checkDocuments)
        }
    }

    private static func write(to target: URL, force: Bool, source: URL, finish: Finish?,
                              files: (inout ExportFileWriter) throws(ExportError) -> [(path: String, checksum: String)]) throws(CLIError) {
        try checkTarget(target, force: force, source: source)
        removeAbandonedStaging(of: target)
        let staging = target.deletingLastPathComponent()
            .appendingPathComponent(".\(target.lastPathComponent).partial-\(SystemCalls.processID)-\(UUID().uuidString)")
        do {
            var writer = ExportFileWriter(root: staging)
            let checksums = try files(&writer)
            if let finish { _ = try writer.write(try finish(staging, checksums), hashing: false) }  // the last files list no checksum
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
