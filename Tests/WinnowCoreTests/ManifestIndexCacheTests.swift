import Foundation
import WinnowTestSupport
import XCTest

@testable import WinnowCore

/// A screenshot manifest's index cache: written after a whole read, taken by the next read with the
/// same result while every file read is unchanged, dropped when any of them or their folders
/// change, and not written when a file changed within the last second (its stamp could hide a
/// change in the same clock tick) or was reached through a link.
final class ManifestIndexCacheTests: XCTestCase {
    private var fixtures: [ScreenshotDatasetFixture] = []

    override func tearDown() {
        fixtures = []  // XCTest keeps test cases to the end of the run: their folders go now
        super.tearDown()
    }

    /// 40 items of 3 boxes, one without its annotation file and one whose file is not JSON.
    private func dataset() throws -> ScreenshotDatasetFixture {
        var fixture = try ScreenshotDatasetFixture()
        for n in 0..<40 {
            let id = String(format: "item%02d", n)
            try fixture.addItem(id, labels: (0..<3).map { ScreenshotDatasetFixture.label(n % 2 == 0 ? "button" : "link", "[\($0 * 3), 1.5, 2, 2]", confidence: 0.5 + Double($0) / 10) })
        }
        fixture.appendLine(ScreenshotDatasetFixture.manifestLine("gone"))
        fixture.appendLine(ScreenshotDatasetFixture.manifestLine("broken"))
        try fixture.folder.write("annotations/broken.json", text: "{\"annotations\": [")
        try fixture.writeManifest()
        fixtures.append(fixture)
        return fixture
    }

    private var options: ReadOptions {
        var options = ReadOptions()
        options.indexCacheMinimumBytes = 0
        return options
    }

    private func cached(_ fixture: ScreenshotDatasetFixture) -> Dataset? {
        DatasetIndexCache(manifestIn: fixture.root, options: options)?.load()
    }

    private func cacheFile(_ fixture: ScreenshotDatasetFixture) -> String { fixture.folder.path(".winnow/index.bin") }

    /// Everything a read gives that the workstation and the commands use.
    private func digest(_ d: Dataset) -> String {
        d.items.map { item in
            "\(item.id) \(item.path) \(item.imageURL?.path ?? "-") \(item.imageSeen) \(item.width)x\(item.height) \(JSONWriter.string(.object(item.metadata))) "
                + item.labels.map { "\($0.id) \($0.category) \($0.bbox.map { "\($0.x),\($0.y),\($0.width),\($0.height)" } ?? "-") \($0.confidence) \($0.source) \($0.verified)" }.joined(separator: ";")
                + " | " + item.readIssues.map(\.text).joined(separator: ";")
        }.joined(separator: "\n") + "\n" + d.issues.map(\.text).joined(separator: "\n")
    }

    /// Files written just now are a second old before they are read, as a dataset usually is.
    private func waitForTheStampsToSettle() { Thread.sleep(forTimeInterval: 1.1) }

    func testTheNextReadComesFromTheCacheWithTheSameItemsLabelsAndProblems() throws {
        let fixture = try dataset()
        waitForTheStampsToSettle()
        let first = try ScreenshotDatasetReader.read(fixture.root, options: options)
        XCTAssertEqual(first.items.count, 42)
        XCTAssertTrue(first.items.contains { $0.readIssues.contains { $0.code == "annotation.missing" } })
        XCTAssertTrue(first.items.contains { $0.readIssues.contains { $0.code == "annotation.bad-json" } })
        XCTAssertTrue(FileManager.default.fileExists(atPath: cacheFile(fixture)))
        let fromCache = try XCTUnwrap(cached(fixture))
        XCTAssertEqual(digest(fromCache), digest(first))
        XCTAssertEqual(digest(try ScreenshotDatasetReader.read(fixture.root, options: options)), digest(first))
        XCTAssertEqual(fromCache.items[1].labels.map(\.confidence), [0.5, 0.6, 0.7])
        XCTAssertEqual(fromCache.items[0].metadata["context"], .object(JSONObject([("window", "Login")])))
    }

    /// Each change to a file read, or to a folder on the way to one, drops the cache; the read
    /// after it sees the change. An unchanged dataset's cache still holds.
    func testAnyChangeToAFileReadOrItsFoldersDropsTheCache() throws {
        let changes: [(String, (ScreenshotDatasetFixture) throws -> Void)] = [
            ("same size, other bytes", { f in
                let path = f.folder.path("annotations/item03.json")
                let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "\"link\"", with: "\"icon\"")
                try f.folder.write("annotations/item03.json", text: text)
            }),
            ("modification time alone", { f in
                try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 0)], ofItemAtPath: f.folder.path("annotations/item05.json"))
            }),
            ("annotation file removed", { f in try FileManager.default.removeItem(at: f.folder.file("annotations/item07.json")) }),
            ("missing file appears", { f in try f.folder.write("annotations/gone.json", text: "{\"annotations\": []}") }),
            ("image added", { f in try f.addImage("gone") }),
            ("manifest appended", { f in
                let handle = try FileHandle(forWritingTo: f.folder.file("manifest.jsonl"))
                try handle.seekToEnd()
                try handle.write(contentsOf: Data((ScreenshotDatasetFixture.manifestLine("late") + "\n").utf8))
                try handle.close()
            }),
            ("annotations folder swapped for a link", { f in
                try FileManager.default.moveItem(at: f.folder.file("annotations"), to: f.folder.file("moved"))
                try FileManager.default.createSymbolicLink(atPath: f.folder.path("annotations"), withDestinationPath: f.folder.path("moved"))
            }),
        ]
        let unchanged = try dataset()
        let datasets = try changes.map { _ in try dataset() }
        waitForTheStampsToSettle()
        let firsts = try ([unchanged] + datasets).map { try ScreenshotDatasetReader.read($0.root, options: options) }
        for (fixture, (name, change)) in zip(datasets, changes) {
            XCTAssertNotNil(cached(fixture), name)
            try change(fixture)
            XCTAssertNil(cached(fixture), name)
        }
        XCTAssertEqual(digest(try XCTUnwrap(cached(unchanged))), digest(firsts[0]))
        let reread = try ScreenshotDatasetReader.read(datasets[0].root, options: options)
        XCTAssertEqual(reread.items[3].labels.map(\.category), ["icon", "icon", "icon"])
        let relinked = try ScreenshotDatasetReader.read(datasets[6].root, options: options)
        XCTAssertEqual(relinked.items[0].labels.count, 3, "read again through the link, which stays inside the dataset")
    }

    /// A file changed within the last second is not trusted to a stamp; the next read caches.
    func testAReadRightAfterAChangeWritesNoCache() throws {
        let fixture = try dataset()
        _ = try ScreenshotDatasetReader.read(fixture.root, options: options)
        XCTAssertFalse(FileManager.default.fileExists(atPath: cacheFile(fixture)))
        waitForTheStampsToSettle()
        _ = try ScreenshotDatasetReader.read(fixture.root, options: options)
        XCTAssertTrue(FileManager.default.fileExists(atPath: cacheFile(fixture)))
    }

    /// What the list cannot watch keeps the cache from being written: an annotation file, an image
    /// or a folder that is a link (what it leads to is not watched), and a size read from an image header.
    func testALinkedFileOrFolderOrAHeaderSizeWritesNoCache() throws {
        let linked = try dataset()
        try FileManager.default.moveItem(at: linked.folder.file("annotations/item01.json"), to: linked.folder.file("item01.json"))
        try FileManager.default.createSymbolicLink(atPath: linked.folder.path("annotations/item01.json"), withDestinationPath: "../item01.json")
        let linkedImage = try dataset()
        try FileManager.default.moveItem(at: linkedImage.folder.file("images/item02.png"), to: linkedImage.folder.file("item02.png"))
        try FileManager.default.createSymbolicLink(atPath: linkedImage.folder.path("images/item02.png"), withDestinationPath: "../item02.png")
        let linkedFolder = try dataset()
        try FileManager.default.moveItem(at: linkedFolder.folder.file("images"), to: linkedFolder.folder.file("pictures"))
        try FileManager.default.createSymbolicLink(atPath: linkedFolder.folder.path("images"), withDestinationPath: "pictures")
        var sized = try dataset()
        try sized.addItem("unsized", width: 0, height: 0, labels: [])
        try sized.writeManifest()
        waitForTheStampsToSettle()
        XCTAssertEqual(try ScreenshotDatasetReader.read(linked.root, options: options).items[1].labels.count, 3)
        XCTAssertEqual(try ScreenshotDatasetReader.read(linkedImage.root, options: options).items[2].imageSeen, true)
        XCTAssertEqual(try ScreenshotDatasetReader.read(linkedFolder.root, options: options).items[0].imageSeen, true)
        XCTAssertEqual(try ScreenshotDatasetReader.read(sized.root, options: options).items.last?.width, 32)
        for fixture in [linked, linkedImage, linkedFolder, sized] {
            XCTAssertFalse(FileManager.default.fileExists(atPath: cacheFile(fixture)), fixture.root.path)
        }
    }

    /// An image beside the manifest is not watched (the dataset folder changes whenever its state
    /// folder is made): no cache, so one added there later is seen.
    func testAnImageInTheDatasetFolderItselfWritesNoCache() throws {
        var fixture = try ScreenshotDatasetFixture()
        fixtures.append(fixture)
        try fixture.addAnnotations("top", labels: [])
        fixture.appendLine(ScreenshotDatasetFixture.manifestLine("top", image: "top.png"))
        try fixture.writeManifest()
        waitForTheStampsToSettle()
        XCTAssertEqual(try ScreenshotDatasetReader.read(fixture.root, options: options).items.map(\.imageSeen), [false])
        XCTAssertFalse(FileManager.default.fileExists(atPath: cacheFile(fixture)))
        try fixture.folder.copy(try RealData.url(RealData.tinyPNG), to: "top.png")
        XCTAssertEqual(try ScreenshotDatasetReader.read(fixture.root, options: options).items.map(\.imageSeen), [true])
    }

    /// A preview reads part of the manifest: it neither takes nor writes the whole's cache.
    func testAPreviewNeitherTakesNorWritesTheCache() throws {
        let fixture = try dataset()
        waitForTheStampsToSettle()
        var preview = options
        preview.previewBytes = 1
        let part = try ScreenshotDatasetReader.read(fixture.root, options: preview)
        XCTAssertFalse(FileManager.default.fileExists(atPath: cacheFile(fixture)))
        let whole = try ScreenshotDatasetReader.read(fixture.root, options: options)
        XCTAssertEqual(digest(part), digest(whole))
        XCTAssertNil(DatasetIndexCache(manifestIn: fixture.root, options: preview))
    }
}
