import Foundation
import WinnowCore
import WinnowTestSupport
import XCTest

/// The one file of raw POSIX calls: what each promises to its callers.
final class SystemCallsTests: XCTestCase {
    func testLinkTakesANameOnlyOnceAndRenameReplaces() throws {
        let folder = try TemporaryFolder()
        let a = try folder.write("a", text: "first").path
        let b = try folder.write("b", text: "second").path
        XCTAssertTrue(SystemCalls.link(a, at: folder.path("claim")))
        XCTAssertFalse(SystemCalls.link(b, at: folder.path("claim")), "a taken name stays taken")
        XCTAssertEqual(SystemCalls.lastError, EEXIST)
        XCTAssertTrue(SystemCalls.rename(b, to: folder.path("claim")))
        XCTAssertEqual(try String(contentsOfFile: folder.path("claim"), encoding: .utf8), "second")
        XCTAssertEqual(SystemCalls.describe(ENOENT), "No such file or directory")
    }

    func testSymbolicLinksAreSeenNotFollowed() throws {
        let folder = try TemporaryFolder()
        let target = try folder.write("target", text: "12345").path
        XCTAssertTrue(SystemCalls.symlink(target, at: folder.path("link")))
        XCTAssertTrue(SystemCalls.isSymbolicLink(folder.path("link")))
        XCTAssertFalse(SystemCalls.isSymbolicLink(target))
        XCTAssertEqual(SystemCalls.regularFileStamp(folder.path("link"))?.size, 5, "stamps follow links")
        XCTAssertNil(SystemCalls.regularFileStamp(folder.url.path), "a folder has no stamp")
    }

    func testWritesLocksAndReadsAtAnOffset() throws {
        let folder = try TemporaryFolder()
        let fd = SystemCalls.open(folder.path("f"), O_RDWR | O_CREAT | O_APPEND)
        XCTAssertGreaterThanOrEqual(fd, 0)
        defer { SystemCalls.close(fd) }
        XCTAssertTrue(SystemCalls.lock(fd, LOCK_EX))
        let bytes = Array("hello world".utf8)
        XCTAssertEqual(bytes.withUnsafeBytes { SystemCalls.write(fd, from: $0.baseAddress, count: $0.count) }, 11)
        XCTAssertTrue(SystemCalls.sync(fd))
        XCTAssertTrue(SystemCalls.lock(fd, LOCK_UN))
        XCTAssertEqual(SystemCalls.size(fd), 11)
        var buffer = [UInt8](repeating: 0, count: 5)
        XCTAssertEqual(buffer.withUnsafeMutableBytes { SystemCalls.read(fd, into: $0.baseAddress!, count: 5, at: 6) }, 5)
        XCTAssertEqual(String(decoding: buffer, as: UTF8.self), "world")
    }

    func testProcessesAreToldApart() {
        XCTAssertTrue(SystemCalls.processIsRunning(SystemCalls.processID))
        XCTAssertFalse(SystemCalls.processIsRunning(0))
        XCTAssertFalse(SystemCalls.processIsRunning(Int32.max))
    }
}
