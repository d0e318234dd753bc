import Foundation

/// Files Winnow keeps in a state folder (positions, caches, versions), written so that no symbolic
/// link a dataset ships can send the bytes elsewhere: the folder must not be a link, a new file is
/// created exclusively (O_EXCL refuses any existing name, links included) and renamed into place,
/// and an appended file is opened with O_NOFOLLOW.
public enum StateFile {
    /// Replaces `url` with `bytes` (written, synced, renamed over it, the folder synced); false when it could not.
    @discardableResult
    public static func replace(_ url: URL, with bytes: [UInt8]) -> Bool {
        let folder = url.deletingLastPathComponent()
        guard prepare(folder) else { return false }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(SystemCalls.processID).\(UUID().uuidString).tmp")
        let fd = SystemCalls.open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW)
        guard fd >= 0 else { return false }
        let written = SystemCalls.writeAll(fd, bytes) && SystemCalls.sync(fd)
        SystemCalls.close(fd)
        guard written, SystemCalls.rename(temporary.path, to: url.path) else {
            SystemCalls.remove(temporary.path)
            return false
        }
        return SystemCalls.syncFolder(folder.path)
    }

    /// Appends `bytes` to `url` (created if missing) and syncs; false when it could not, or when
    /// `url` or its folder is a symbolic link.
    public static func append(_ bytes: [UInt8], to url: URL) -> Bool {
        guard prepare(url.deletingLastPathComponent()) else { return false }
        let fd = SystemCalls.open(url.path, O_WRONLY | O_CREAT | O_APPEND | O_NOFOLLOW)
        guard fd >= 0 else { return false }
        defer { SystemCalls.close(fd) }
        return SystemCalls.writeAll(fd, bytes) && SystemCalls.sync(fd)
    }

    /// Makes the folder if needed; false when it is (or sits in a state folder that is) a link.
    public static func prepare(_ folder: URL) -> Bool {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return !SystemCalls.isSymbolicLink(folder.path)
    }
}
