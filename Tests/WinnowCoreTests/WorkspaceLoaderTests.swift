import Foundation
import WinnowTestSupport
import XCTest

@testable import WinnowCore

final class WorkspaceLoaderTests: XCTestCase {
    private var temp: TemporaryFolder?

    override func tearDown() { temp?.remove() }

    func testRealScreensFolderIsAWorkspace() throws {
        let workspace = try WorkspaceLoader.load(path: try RealData.url("screens").path, options: ReadOptions())
        XCTAssertTrue(workspace.isFolderOfDatasets)
        XCTAssertEqual(workspace.datasets.map(\.name), ["mobile_voc_baithunter", "webui_homework"])
        XCTAssertEqual(workspace.datasets.map(\.format), [.voc, .coco])
        XCTAssertEqual(workspace.items.count, 36)
        XCTAssertEqual(try workspace.items.element(0).id, try "mobile_voc_baithunter/" + workspace.items.element(0).localID)
        XCTAssertTrue(workspace.items.contains { $0.id == "webui_homework/Frame 18.png" })
        XCTAssertEqual(workspace.issues, [])
    }

    /// In a folder of datasets a problem of one dataset's files names that dataset, once, even
    /// when the workspace is built again from its datasets (as pair measuring does).
    func testAProblemInAFolderOfDatasetsNamesItsDataset() throws {
        let folder = try TemporaryFolder()
        temp = folder
        for name in ["a", "b"] {
            try folder.write("\(name)/manifest.jsonl", text: #"{"image_id": "x", "width": 10, "height": 10}"# + "\n" + (name == "b" ? #"{"image_id": "bro"# + "\n" : ""))
        }
        let workspace = try WorkspaceLoader.load(path: folder.url.path, options: ReadOptions())
        let problems = workspace.datasets.flatMap(\.issues).filter { $0.code == "manifest.bad-line" }
        XCTAssertEqual(problems.map(\.location), ["b/manifest.jsonl:2"])
        let rebuilt = Workspace(root: workspace.root, datasets: workspace.datasets, issues: workspace.issues, qualifyIDs: true)
        XCTAssertEqual(rebuilt.datasets.flatMap(\.issues).filter { $0.code == "manifest.bad-line" }.map(\.location), ["b/manifest.jsonl:2"])
    }

    func testSingleDatasetIsNotQualified() throws {
        let workspace = try WorkspaceLoader.load(path: try RealData.url(RealData.vocFolder).path, options: ReadOptions())
        XCTAssertFalse(workspace.isFolderOfDatasets)
        XCTAssertEqual(workspace.items.count, 12)
        XCTAssertEqual(try workspace.items.element(0).id, try workspace.items.element(0).localID)
    }

    func testFormatAndImagesFromOptions() throws {
        let options = ReadOptions(format: .coco, imagesDirectory: try RealData.url(RealData.webuiImages))
        let workspace = try WorkspaceLoader.load(path: try RealData.url(RealData.webuiCOCO).path, options: options)
        XCTAssertEqual(workspace.items.count, 24)
        XCTAssertEqual(try workspace.datasets.element(0).format, .coco)
    }

    /// Two good datasets and a broken one: the broken one becomes a workspace issue, the rest load.
    /// Hidden folders, empty folders and folders of notes are passed over (the last with a warning).
    func testFolderWithTwoDatasetsAndABrokenOne() throws {
        let folder = try TemporaryFolder()
        temp = folder
        var shots = try ScreenshotDatasetFixture()
        defer { shots.folder.remove() }
        try shots.addItem("aaaa000000000001", labels: [ScreenshotDatasetFixture.label("ok", "[1, 1, 4, 4]")])
        try shots.writeManifest()
        try FileManager.default.copyItem(at: shots.root, to: folder.url.appendingPathComponent("a_screens"))
        try folder.copy(try RealData.url(RealData.mobileCOCO), to: "b_coco/coco.json")
        try folder.write("c_broken/coco.json", text: "{\"images\": [{\"id\": 1, \"file_na")
        try folder.write(".winnow/journal.jsonl", text: "")
        try folder.makeFolder("d_empty")
        try folder.write("e_notes/readme.txt", text: "notes")

        let workspace = try WorkspaceLoader.load(path: folder.url.path, options: ReadOptions())
        XCTAssertEqual(workspace.datasets.map(\.name), ["a_screens", "b_coco"])
        XCTAssertEqual(workspace.items.count, 13)
        XCTAssertEqual(try workspace.items.element(0).id, "a_screens/aaaa000000000001")
        XCTAssertEqual(workspace.issues.map(\.code), ["workspace.dataset-failed", "workspace.not-a-dataset"])
        XCTAssertEqual(workspace.issues.map(\.location), ["c_broken", "e_notes"])
        XCTAssertTrue(try workspace.issues.element(0).message.contains("coco.json:1:"), workspace.issues.shown(0))
    }

    func testMissingPathIsAReadErrorNamingIt() {
        XCTAssertThrowsError(try WorkspaceLoader.load(path: "/nonexistent/winnow/data", options: ReadOptions())) { error in
            XCTAssertEqual((error as? ReadError)?.message, "/nonexistent/winnow/data: no such file or folder")
        }
    }

    func testFolderWithNothingReadableIsAReadError() throws {
        let folder = try TemporaryFolder()
        temp = folder
        try folder.write("notes.txt", text: "hello")
        XCTAssertThrowsError(try WorkspaceLoader.load(path: folder.url.path, options: ReadOptions())) { error in
            XCTAssertTrue((error as? ReadError)?.message.hasPrefix(folder.url.path) == true)
        }
    }
}
