import Foundation
import WinnowCore

/// Writes export files with plain system calls, so a full disk or a file-size limit is an error
/// naming the file rather than a crash, and returns each file's checksum: SHA-256 of what was
/// written, or `link:` and the source for an image provided as a link.
struct ExportFileWriter {
    let root: URL
    private var folders: Set<String> = []
    private let progress = ExportProgress()

    init(root: URL) {
        self.root = root
        // A file-size limit (ulimit -f) must fail the write, not kill the process mid-export.
        signal(SIGXFSZ, SIG_IGN)
    }

    mutating func write(_ files: [ExportFile]) throws(ExportError) -> [(path: String, checksum: String)] {
        var checksums: [(String, String)] = []
        checksums.reserveCapacity(files.count)
        for (index, file) in files.enumerated() {
            progress.report("writing", index, of: files.count)
            let path = root.path + "/" + file.path
            try makeFolder(of: file.path)
            switch file.content {
            case .bytes(let bytes):
                try Self.writeBytes(bytes, to: path, name: file.path)
                checksums.append((file.path, "sha256:" + SHA256.hex(of: bytes)))
            case .link(let source):
                try Self.link(source, at: path, name: file.path)
                checksums.append((file.path, "link:" + source.path))
            case .copy(let source):
                checksums.append((file.path, try Self.copy(source, to: path, name: file.path)))
            }
        }
        progress.finish()
        return checksums
    }

    private mutating func makeFolder(of relative: String) throws(ExportError) {
        guard let slash = relative.lastIndex(of: "/") else {
            if folders.isEmpty { try create(root.path); folders.insert("") }
            return
        }
        let folder = String(relative[..<slash])
        guard !folders.contains(folder) else { return }
        try create(root.path + "/" + folder)
        folders.insert(folder)
    }

    private func create(_ path: String) throws(ExportError) {
        do { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) }
        catch { throw ExportError("\(path): cannot create folder (\(error.localizedDescription))") }
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
