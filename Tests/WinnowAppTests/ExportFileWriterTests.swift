import Foundation
import WinnowApp
import WinnowCore
import WinnowTestSupport
import XCTest

/// The images of an export are linked on another thread from the start, while its documents are
/// made, written and read back; the result must be as if everything were written in order.
final class ExportFileWriterTests: XCTestCase {
    private func images(_ folder: TemporaryFolder) throws -> [ExportFile] {
        let source = try folder.write("data/a.png", text: "png")
        return [ExportFile("images/a.png", .link(source)), ExportFile("images/b.png", .link(source))]
    }

    private let documents = [ExportFile("labels/a.json", text: "{}"), ExportFile("labels/b.txt", text: "b")]

    func testChecksumsComeDocumentsFirstAndTheCheckSeesTheDocuments() throws {
        let folder = try TemporaryFolder()
        var writer = ExportFileWriter(root: folder.file("out"))
        let sums = try writer.write(images: try images(folder), documents: { documents }) { root throws(ExportError) in
            guard FileManager.default.contents(atPath: root.path + "/labels/a.json") == Data("{}".utf8) else { throw ExportError("a.json not written") }
        }
        XCTAssertEqual(sums.map(\.path), ["labels/a.json", "labels/b.txt", "images/a.png", "images/b.png"])
        XCTAssertEqual(try sums.element(2).checksum, "link:" + folder.path("data/a.png"))
        XCTAssertEqual(sums.map { $0.checksum.components(separatedBy: ":")[0] }, ["sha256", "sha256", "link", "link"])
        XCTAssertEqual(try sums.element(0).checksum, "sha256:" + SHA256.hex(of: Array("{}".utf8)))
        XCTAssertTrue(["images/a.png", "images/b.png"].allSatisfy { FileManager.default.fileExists(atPath: folder.path("out/" + $0)) })
    }

    func testAFailedCheckIsThrownOnceTheImagesAreDone() throws {
        let folder = try TemporaryFolder()
        var writer = ExportFileWriter(root: folder.file("out"))
        XCTAssertThrowsError(try writer.write(images: try images(folder), documents: { documents }) { _ throws(ExportError) in
            throw ExportError("labels/a.json: does not read back")
        }) { error in
            XCTAssertEqual((error as? ExportError)?.message, "labels/a.json: does not read back")
        }
        XCTAssertTrue(["images/a.png", "images/b.png"].allSatisfy { FileManager.default.fileExists(atPath: folder.path("out/" + $0)) },
                      "the links were finished before the error came back (the caller then removes the folder)")
    }

    /// Documents that cannot be made (an image gone since review) stop the export after the links
    /// already under way are finished, and nothing of theirs is written.
    func testDocumentsThatCannotBeMadeStopTheExportAfterTheLinks() throws {
        let folder = try TemporaryFolder()
        var writer = ExportFileWriter(root: folder.file("out"))
        XCTAssertThrowsError(try writer.write(images: try images(folder), documents: { () throws(ExportError) in throw ExportError("gone") }) { _ in }) { error in
            XCTAssertEqual((error as? ExportError)?.message, "gone")
        }
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.path("out/images/b.png")))
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.path("out/labels")))
    }
}
