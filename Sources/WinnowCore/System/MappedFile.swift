import Foundation

/// A file's bytes mapped read-only, so a big JSON file is read through the page cache rather than
/// copied, and pages already read can be handed back (`release(upTo:)`) while the rest is parsed:
/// the file then never sits in memory whole.
final class MappedFile {
    let bytes: UnsafeBufferPointer<UInt8>
    private var released = 0

    /// Nil when the file cannot be opened or mapped (an empty file maps to nothing either).
    init?(_ url: URL) {
        let fd = SystemCalls.openRegularFile(url.path)
        guard fd >= 0 else { return nil }
        defer { SystemCalls.close(fd) }
        let size = SystemCalls.size(fd)
        guard size > 0, let base = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), base != MAP_FAILED else { return nil }
        bytes = UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self), count: size)
    }

    deinit { munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count) }

    /// Gives back the pages before `offset` once 16 MB have been read past the last release. They
    /// come back from the file if touched again, so this only costs time if they are.
    func release(upTo offset: Int) {
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let end = offset / page * page
        guard end - released >= 16 << 20, let base = bytes.baseAddress else { return }
        madvise(UnsafeMutableRawPointer(mutating: base + released), end - released, MADV_DONTNEED)
        released = end
    }
}
