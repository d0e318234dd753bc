import Foundation
import WinnowTestSupport
import XCTest

@testable import WinnowCore

/// Paths written inside dataset files, joined to the dataset folder as strings: `.` and `..`
/// inside it are tidied, anything leaving it (climbing, absolute, through a link) is refused.
final class DatasetPathResolverTests: XCTestCase {
    func testPathsInsideAreJoinedTidiedAndThoseLeavingAreRefused() throws {
        let folder = try TemporaryFolder()
        try folder.write("images/a.png", text: "x")
        let outside = try TemporaryFolder()
        try FileManager.default.createSymbolicLink(at: folder.file("linked"), withDestinationURL: outside.url)
        let resolver = DatasetPathResolver(root: folder.url)
        let root = folder.url.standardizedFileURL.path
        for (written, expected) in [("images/a.png", "/images/a.png"), ("./images/./a.png", "/images/a.png"),
                                    ("images/sub/../a.png", "/images/a.png"), ("images//missing.png", "/images/missing.png")] {
            XCTAssertEqual(try resolver.resolve(written).get().path, root + expected, written)
        }
        for escaping in ["../x.png", "images/../../x.png", "/etc/passwd", "linked/x.png", ""] {
            guard case .failure = resolver.resolve(escaping) else { return XCTFail("\(escaping) should be refused") }
        }
    }

    /// Paths with nothing to normalize skip the split; every other path takes the careful way.
    func testPlainPathsAreTheOnesWithNothingToNormalize() {
        for path in ["a.png", "images/a.png", "a/b/c...png", "...", ".hidden/x", "x/..y", "a..b/c"] {
            XCTAssertTrue(DatasetPathResolver.isPlain(path), path)
        }
        for path in ["", ".", "..", "./a", "../a", "a/./b", "a/../b", "a//b", "a/", "/a", "a/..", "a/."] {
            XCTAssertFalse(DatasetPathResolver.isPlain(path), path)
        }
    }
}
