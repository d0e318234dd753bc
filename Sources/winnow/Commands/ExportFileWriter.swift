import Foundation
import WinnowCore

/// Writes export files with plain system calls, so a full disk or a file-size limit is an error
/// naming the file rather than a crash, and returns each file's checksum: SHA-256 of what was
/// written, or `link:` and the source for an image provided as a link. Creating a file costs this
/// kind of disk far more than writing its bytes, so files are written on every core, in chunks
/// between which progress is shown.
struct ExportFileWriter {
    let root: URL
    private var folders: Set<String> = []
    private let progress = ExportProgress()
    private static let chunk = 4096

    init(root: URL) {
        self.root = root
        // A file-size limit (ulimit -f) must fail the write, not kill the process mid-export.
        signal(SIGXFSZ, SIG_IGN)
    }

    mutating func write(_ files: [ExportFile]) throws(ExportError) -> [(path: String, checksum: String)] {
        try makeFolders(for: files)
        var checksums: [(String, String)] = []
        checksums.reserveCapacity(files.count)
        for start in stride(from: 0, to: files.count, by: Self.chunk) {
            progress.report("writing", start, of: files.count)
            let part = Array(files[start..<min(files.count, start + Self.chunk)])
            let root = root.path
            let results = part.concurrentMap { file in Result { () throws(ExportError) -> String in try Self.write(file, root: root) } }
            for (file, result) in zip(part, results) { checksums.append((file.path, try result.get())) }
        }
        progress.finish()
        return checksums
    }

    private mutating func makeFolders(for files: [ExportFile]) throws(ExportError) {
        let needed = Set(files.map { file in file.path.lastIndex(of: "/").map { String(file.path[..<$0]) } ?? "" })
        for folder in needed.subtracting(folders).sorted() {
            let path = folder.isEmpty ? root.path : root.path + "/" + folder
            do { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) }
            catch { throw ExportError("\(path): cannot create folder (\(error.localizedDescription))") }
            folders.insert(folder)
        }
    }

    private static func write(_ file: ExportFile, root: String) throws(ExportError) -> String {
        let path = root + "/" + file.path
        switch file.content {
        case .bytes(let bytes):
            try writeBytes(bytes, to: path, name: file.path)
            return "sha256:" + SHA256.hex(of: bytes)
        case .link(let source):
            try link(source, at: path, name: file.path)
            return "link:" + source.path
        case .copy(let source):
            return try copy(source, to: path, name: file.path)
        }
    }

    private static func writeBytes(_ bytes: [UInt8], to path: String, name: String) throws(ExportError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard fd >= 0 else { throw failure(name) }
        defer { close(fd) }
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { Foundation.write(fd, $0.baseAddress! + offset, $0.count - offset) }
            guard n > 0 else { throw failure(name) }
            offset += n
        }
    }

    /// A hard link where the source is on the same file system: readers that resolve links and
    /// insist images stay inside the image folder (supervision does) accept it. A symbolic link
    /// otherwise. Neither copies bytes.
    private static func link(_ source: URL, at path: String, name: String) throws(ExportError) {
        if Foundation.link(source.path, path) == 0 { return }
        guard symlink(source.path, path) == 0 else { throw failure(name) }
    }

    private static func copy(_ source: URL, to path: String, name: String) throws(ExportError) -> String {
        guard let data = FileManager.default.contents(atPath: source.path) else {
            throw ExportError("\(source.path): image vanished during the export")
        }
        let bytes = [UInt8](data)
        try writeBytes(bytes, to: path, name: name)
        return "sha256:" + SHA256.hex(of: bytes)
    }

    private static func failure(_ name: String) -> ExportError {
        ExportError("\(name): \(String(cString: strerror(errno)))")
    }
}
