import Foundation
import WinnowCore

/// Writes export files with plain system calls, so a full disk or a file-size limit is an error
/// naming the file rather than a crash, and returns each file's checksum: SHA-256 of what was
/// written, or `link:` and the source for an image provided as a link. Creating a file costs this
/// kind of disk far more than writing its bytes, so folders are filled in parallel.
package struct ExportFileWriter {
    package let root: URL
    private var folders: Set<String> = []
    private let progress = ExportProgress()

    package init(root: URL) {
        self.root = root
        // A file-size limit (ulimit -f) must fail the write, not kill the process mid-export.
        signal(SIGXFSZ, SIG_IGN)
    }

    /// `hashing: false` leaves the checksums of written bytes empty (the caller hashes them elsewhere).
    package mutating func write(_ files: [ExportFile], hashing: Bool = true) throws(ExportError) -> [(path: String, checksum: String)] {
        let byFolder = Self.indicesByFolder(files)
        try makeFolders(byFolder.keys)
        let root = root.path
        let progress = progress
        // One folder per thread: threads creating files in the same folder wait on its lock.
        let written = Array(byFolder.values).concurrentMap { indices in
            indices.map { index in
                progress.count("writing", of: files.count)
                return (index, Result { () throws(ExportError) -> String in try Self.write(files[index], root: root, hashing: hashing) })
            }
        }
        var results = [Result<String, ExportError>?](repeating: nil, count: files.count)
        for (index, result) in written.joined() { results[index] = result }
        progress.finish()
        var checksums: [(String, String)] = []
        checksums.reserveCapacity(files.count)
        for (file, result) in zip(files, results) { checksums.append((file.path, try result!.get())) }
        return checksums
    }

    /// The images (links and copies) on one thread from the start, while `makeDocuments` builds
    /// the documents (measuring the images on the other cores) and they are written, hashed on a
    /// third thread and read back by `check`: creating 100k links is the slowest part of an
    /// export, and on a slow disk as slow as all the rest. The checksums of the documents, then
    /// of the images.
    package mutating func write(images: [ExportFile], documents makeDocuments: () throws(ExportError) -> [ExportFile],
                                checkingDocuments check: (URL) throws(ExportError) -> Void) throws(ExportError) -> [(path: String, checksum: String)] {
        try makeFolders(Self.indicesByFolder(images).keys)  // here, so the two threads never make one folder at once
        let root = root
        let linking = BackgroundResult { () throws(ExportError) in
            var writer = ExportFileWriter(root: root)
            return try writer.write(images)
        }
        let written = Result { () throws(ExportError) -> [(path: String, checksum: String)] in
            let documents = try makeDocuments()
            let hashing = BackgroundResult { () -> [String] in
                documents.map { Self.checksum(of: $0.content) ?? "" }
            }
            _ = try write(documents, hashing: false)
            try check(root)
            return zip(documents, hashing.wait()).map { ($0.path, $1) }
        }
        let linked = try linking.wait()  // waited for even when the documents failed: it writes in the staging folder
        return try written.get() + linked
    }

    /// The files' positions by folder. Files come in runs that share a folder (100k images in a
    /// few), so a folder's name is made and hashed once per run, not once per file.
    private static func indicesByFolder(_ files: [ExportFile]) -> [String: [Int]] {
        var byFolder: [String: [Int]] = [:]
        var run: (folder: Substring, indices: [Int])?
        for (index, file) in files.enumerated() {
            let folder = file.path.utf8.lastIndex(of: UInt8(ascii: "/")).map { file.path[..<$0] } ?? ""
            if run?.folder == folder {
                run!.indices.append(index)
                continue
            }
            if let run { byFolder[String(run.folder), default: []] += run.indices }
            run = (folder, [index])
        }
        if let run { byFolder[String(run.folder), default: []] += run.indices }
        return byFolder
    }

    private mutating func makeFolders(_ needed: some Collection<String>) throws(ExportError) {
        let needed = Set(needed)
        for folder in needed.subtracting(folders).sorted() {
            let path = folder.isEmpty ? root.path : root.path + "/" + folder
            do { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) }
            catch { throw ExportError("\(path): cannot create folder (\(error.localizedDescription))") }
            folders.insert(folder)
        }
    }

    private static func write(_ file: ExportFile, root: String, hashing: Bool) throws(ExportError) -> String {
        let path = root + "/" + file.path
        switch file.content {
        case .bytes, .parts:
            try writeBytes(file.content, to: path, name: file.path)
            return hashing ? checksum(of: file.content) ?? "" : ""
        case .link(let source):
            try link(source, at: path, name: file.path)
            return "link:" + source.path
        case .copy(let source):
            return try copy(source, to: path, name: file.path)
        }
    }

    /// The SHA-256 of bytes the export holds (text it made, an image copy); nil for a link.
    private static func checksum(of content: ExportFile.Content) -> String? {
        switch content {
        case .bytes, .parts: "sha256:" + SHA256.hex { feed in forEachPiece(of: content, feed) }
        case .link, .copy: nil
        }
    }

    /// The bytes the export holds, in the pieces they are held in.
    private static func forEachPiece(of content: ExportFile.Content, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        switch content {
        case .bytes(let bytes): bytes.withUnsafeBufferPointer(body)
        case .parts(let parts):
            for part in parts { part.withUnsafeBufferPointer(body) }
        case .link, .copy: break
        }
    }

    private static func writeBytes(_ content: ExportFile.Content, to path: String, name: String) throws(ExportError) {
        let fd = SystemCalls.open(path, O_WRONLY | O_CREAT | O_EXCL)
        guard fd >= 0 else { throw failure(name) }
        defer { SystemCalls.close(fd) }
        var written = true
        forEachPiece(of: content) { piece in
            var offset = 0
            while written, offset < piece.count {
                let n = SystemCalls.write(fd, from: piece.baseAddress! + offset, count: piece.count - offset)
                if n < 0, SystemCalls.lastError == EINTR { continue }
                written = n > 0
                offset += max(0, n)
            }
        }
        guard written else { throw failure(name) }
    }

    /// A hard link where the source is on the same file system: readers that resolve links and
    /// insist images stay inside the image folder (supervision does) accept it. A symbolic link
    /// otherwise. Neither copies bytes.
    private static func link(_ source: URL, at path: String, name: String) throws(ExportError) {
        if SystemCalls.link(source.path, at: path) { return }
        guard SystemCalls.symlink(source.path, at: path) else { throw failure(name) }
    }

    private static func copy(_ source: URL, to path: String, name: String) throws(ExportError) -> String {
        guard let data = FileManager.default.contents(atPath: source.path) else {
            throw ExportError("\(source.path): image vanished during the export")
        }
        let content = ExportFile.Content.bytes([UInt8](data))
        try writeBytes(content, to: path, name: name)
        return checksum(of: content) ?? ""
    }

    private static func failure(_ name: String) -> ExportError {
        ExportError("\(name): \(SystemCalls.describe(SystemCalls.lastError))")
    }
}
