import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Every raw POSIX call of WinnowCore and WinnowApp, in one file (as the curses calls are in
/// WinnowTerminal): callers say what they do, and a port or a fault-injecting test changes
/// this file alone. Results keep the C conventions where callers need `errno`.
public enum SystemCalls {
    /// A descriptor, or -1 with `lastError` set.
    public static func open(_ path: String, _ flags: Int32, mode: mode_t = 0o644) -> Int32 { Glibc.open(path, flags | O_CLOEXEC, mode) }
    public static func close(_ fd: Int32) { _ = Glibc.close(fd) }

    /// `flock`: LOCK_SH, LOCK_EX or LOCK_UN; false when interrupted or refused.
    @discardableResult
    public static func lock(_ fd: Int32, _ operation: Int32) -> Bool { flock(fd, operation) == 0 }
    /// Data and metadata on disk before returning.
    public static func sync(_ fd: Int32) -> Bool { fsync(fd) == 0 }

    public static func read(_ fd: Int32, into buffer: UnsafeMutableRawPointer, count: Int) -> Int { Glibc.read(fd, buffer, count) }
    public static func read(_ fd: Int32, into buffer: UnsafeMutableRawPointer, count: Int, at offset: Int) -> Int {
        pread(fd, buffer, count, off_t(offset))
    }

    /// Reads `count` bytes from `offset` (again after EINTR or a short read); how many it got,
    /// fewer at the end of the file or on an error.
    static func readFully(_ fd: Int32, into buffer: UnsafeMutableRawPointer, count: Int, at offset: Int) -> Int {
        var filled = 0
        while filled < count {
            let got = read(fd, into: buffer + filled, count: count - filled, at: offset + filled)
            if got < 0, lastError == EINTR { continue }
            if got <= 0 { break }
            filled += got
        }
        return filled
    }
    public static func write(_ fd: Int32, from buffer: UnsafeRawPointer?, count: Int) -> Int { Glibc.write(fd, buffer, count) }

    /// Writes all of `bytes` (again after EINTR or a short write); false with `lastError` set when it could not.
    public static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, from: $0.baseAddress! + offset, count: $0.count - offset) }
            if n < 0, lastError == EINTR { continue }
            guard n > 0 else { return false }
            offset += n
        }
        return true
    }
    /// The length of the open file.
    public static func size(_ fd: Int32) -> Int { Int(lseek(fd, 0, SEEK_END)) }

    /// Opens a file to read only if it is a regular file: without blocking (a FIFO named as an image
    /// would wait forever for a writer) and then checked, so devices, FIFOs and sockets give -1.
    public static func openRegularFile(_ path: String) -> Int32 { openRegularFileStamped(path)?.fd ?? -1 }

    /// As `openRegularFile`, with the stamp its check read (the size among it). Not following links, a symbolic link as
    /// the last component gives nil with `lastError` ELOOP (the caller then checks where it leads).
    static func openRegularFileStamped(_ path: String, followingLinks: Bool = true) -> (fd: Int32, stamp: EntryStamp)? {
        let fd = Glibc.open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | (followingLinks ? 0 : O_NOFOLLOW))
        guard fd >= 0 else { return nil }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            Glibc.close(fd)
            errno = EINVAL
            return nil
        }
        return (fd, EntryStamp(info))
    }

    /// The stamp of an open file.
    static func stamp(of fd: Int32) -> EntryStamp? {
        var info = stat()
        return fstat(fd, &info) == 0 ? EntryStamp(info) : nil
    }

    /// The stamp of the entry at `path` itself (a link is not followed); nil when nothing is there.
    static func stamp(ofEntry path: UnsafePointer<CChar>) -> EntryStamp? {
        var info = stat()
        return lstat(path, &info) == 0 ? EntryStamp(info) : nil
    }

    /// Something is at the path (symbolic links followed), as `FileManager.fileExists` says, without
    /// its shared instance, whose retains and releases stood out in profiles of 100k checks on two cores.
    public static func exists(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0
    }

    /// True for a regular file; false for a missing one, a folder, a FIFO, a device or a socket (without waiting on a FIFO).
    public static func isRegularFile(_ path: String) -> Bool {
        let fd = openRegularFile(path)
        if fd >= 0 { close(fd) }
        return fd >= 0
    }

    /// Makes a rename in `folder` durable (the folder's entry, not only the file's bytes).
    @discardableResult
    public static func syncFolder(_ folder: String) -> Bool {
        let fd = Glibc.open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { Glibc.close(fd) }
        return fsync(fd) == 0
    }

    /// Cuts the file back to `size` bytes (a failed append undone); false when it could not.
    @discardableResult
    public static func truncate(_ fd: Int32, to size: Int) -> Bool { ftruncate(fd, off_t(size)) == 0 }

    public static func rename(_ from: String, to: String) -> Bool { Glibc.rename(from, to) == 0 }
    /// A hard link; fails when `at` exists (how claims and exports take a name atomically).
    public static func link(_ source: String, at path: String) -> Bool { Glibc.link(source, path) == 0 }
    public static func symlink(_ target: String, at path: String) -> Bool { Glibc.symlink(target, path) == 0 }
    public static func remove(_ path: String) { _ = unlink(path) }

    /// True unless the process is known to be gone (EPERM means it runs as someone else).
    public static func processIsRunning(_ pid: Int32) -> Bool {
        guard pid > 0 else { return false }
        return kill(pid, 0) == 0 || errno != ESRCH
    }
    public static var processID: Int32 { getpid() }

    /// Runs a program in this process group, so it may read the terminal (an editor), and waits
    /// for it; its exit status, or nil when it could not start. (Foundation's Process starts
    /// children in a group of their own, where reading the terminal fails.)
    public static func runInForeground(_ path: String, _ arguments: [String], environment: [String: String]) -> Int32? {
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for p in argv + envp { free(p) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, path, nil, nil, argv, envp) == 0 else { return nil }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }

    /// The largest resident size, in bytes, of any child process waited for so far (benchmarks).
    public static var childrenPeakResidentBytes: Int {
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        return usage.ru_maxrss * 1024
    }

    /// This machine's name, else `localhost`.
    public static var hostName: String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "localhost" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The login name of this process's user from the password database, else `uid N`.
    public static var loginName: String {
        if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name, name.pointee != 0 { return String(cString: name) }
        return "uid\(getuid())"
    }

    /// Whether `path` itself is a symbolic link (not followed).
    public static func isSymbolicLink(_ path: String) -> Bool { entryType(path) == S_IFLNK }

    /// Each entry of a folder (not `.` and `..`): its name's bytes and its `d_type` (DT_UNKNOWN on
    /// file systems that do not say); `body` returns false to stop. False when the folder cannot be
    /// read, to its end (an error partway would otherwise pass for a shorter folder).
    static func forEachEntry(inFolder path: String, _ body: (UnsafeBufferPointer<UInt8>, UInt8) -> Bool) -> Bool {
        guard let folder = opendir(path) else { return false }
        defer { closedir(folder) }
        while true {
            errno = 0
            guard let entry = readdir(folder) else { return errno == 0 }
            let more = withUnsafePointer(to: &entry.pointee.d_name) { tuple in
                tuple.withMemoryRebound(to: UInt8.self, capacity: 256) { name in
                    let length = strlen(UnsafeRawPointer(name).assumingMemoryBound(to: CChar.self))
                    if length <= 2, name[0] == UInt8(ascii: "."), length == 1 || name[1] == UInt8(ascii: ".") { return true }
                    return body(UnsafeBufferPointer(start: name, count: length), entry.pointee.d_type)
                }
            }
            if !more { break }
        }
        return true
    }

    /// What is at `path` itself, a link not followed (`S_IFREG`, `S_IFDIR`, `S_IFLNK`...); nil for nothing.
    public static func entryType(_ path: String) -> mode_t? {
        var status = stat()
        return lstat(path, &status) == 0 ? status.st_mode & S_IFMT : nil
    }

    /// Size and modification time (ns) of a regular file, links followed; nil for anything else.
    public static func regularFileStamp(_ path: String) -> (size: Int64, modifiedNanoseconds: Int64)? {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        let stamp = EntryStamp(info)
        return (stamp.size, stamp.modified)
    }

    public static var lastError: Int32 { errno }
    /// What an error code means, as `strerror` says it.
    public static func describe(_ code: Int32) -> String { String(cString: strerror(code)) }
}
