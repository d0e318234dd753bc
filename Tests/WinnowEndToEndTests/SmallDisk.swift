import Foundation
import XCTest

/// A tmpfs of a few hundred KB mounted for one test (root only), which `fill()` makes full: the
/// real ENOSPC of a full disk, not a file-size limit standing in for one.
final class SmallDisk {
    let url: URL
    private let filler: URL

    init(kilobytes: Int) throws {
        guard getuid() == 0 else { throw XCTSkip("mounting a tmpfs needs root (.ci/run runs as root)") }
        url = FileManager.default.temporaryDirectory.appendingPathComponent("winnow-small-disk-\(UUID().uuidString.prefix(8))")
        filler = url.appendingPathComponent("filler")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        let mounted = try WinnowProcess.shell("mount -t tmpfs -o size=\(kilobytes)k tmpfs '\(url.path)'")
        guard mounted.status == 0 else {
            try? FileManager.default.removeItem(at: url)
            throw XCTSkip("cannot mount a tmpfs here: \(mounted.stderr)")
        }
    }

    deinit {
        _ = try? WinnowProcess.shell("umount '\(url.path)'")
        try? FileManager.default.removeItem(at: url)
    }

    /// Takes every free block, then gives `leaving` bytes back.
    func fill(leaving: Int = 0) throws {
        let fd = open(filler.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw CocoaError(.fileWriteUnknown) }
        defer { close(fd) }
        let block = [UInt8](repeating: 0, count: 4096)
        var size = 0
        while true {
            let n = block.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n <= 0 { break }
            size += n
        }
        XCTAssertEqual(errno, ENOSPC)
        XCTAssertEqual(ftruncate(fd, off_t(max(0, size - leaving))), 0)
    }

    func empty() { try? FileManager.default.removeItem(at: filler) }
}
