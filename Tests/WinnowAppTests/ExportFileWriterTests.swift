import Foundation
import WinnowApp
import WinnowCore
import WinnowTestSupport
import XCTest

/// The images of an export are linked on another thread while its documents are written and
/// read back; the result must be as if everything were written in order.
final class ExportFileWriterTests: XCTestCase {
    private func files(_ folder: TemporaryFolder) throws -> [ExportFile] {
        let source = try folder.write("data/a.png", text: "png")
        return [ExportFile("labels/a.json", text: "{}"), ExportFile("images/a.png", .link(source)),
                ExportFile("labels/b.txt", text: "b"), ExportFile("images/b.png", .link(source))]
    }

    func testChecksumsKeepTheOrderOfTheFilesAndTheCheckSeesTheDocuments() throws {
        let folder = try TemporaryFolder()
        var writer = ExportFileWriter(root: folder.file("out"))
        let sums = try writer.write(try files(folder)) { root throws(ExportError) in
            guard FileManager.default.contents(atPath: root.path + "/labels/a.json") == Data("{}".utf8) else { throw ExportError("a.json not written") }
        }
        XCTAssertEqual(sums.map(\.path), ["labels/a.json", "images/a.png", "labels/b.txt", "images/b.png"])
        XCTAssertEqual(try sums.element(1).checksum, "link:" + folder.path("data/a.png"))
        XCTAssertEqual(sums.map { $0.checksum.components(separatedBy: ":")[0] }, ["sha256", "link", "sha256", "link"])
        XCTAssertEqual(try sums.element(0).checksum, "sha256:" + SHA256.hex(of: Array("{}".utf8)))
        XCTAssertTrue(["images/a.png", "images/b.png"].allSatisfy { FileManager.default.fileExists(atPath: folder.path("out/" + $0)) })
    }

    func testAFailedCheckIsThrownOnceTheImagesAreDone() throws {
        let folder = try TemporaryFolder()
        var writer = ExportFileWriter(root: folder.file("out"))
        XCTAssertThrowsError(try writer.write(try files(folder)) { _ throws(ExportError) in throw ExportError("labels/a.json: does not read back") }) { error in
            XCTAssertEqual((error as? ExportError)?.message, "labels/a.json: does not read back")
        }
        XCTAssertTrue(["images/a.png", "images/b.png"].allSatisfy { FileManager.default.fileExists(atPath: folder.path("out/" + $0)) },
                      "the links were finished before the error came back (the caller then removes the folder)")
    }
}
