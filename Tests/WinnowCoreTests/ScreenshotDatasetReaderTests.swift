import Foundation
import WinnowTestSupport
import XCTest

@testable import WinnowCore

final class ScreenshotDatasetReaderTests: XCTestCase {
    private var fixture: ScreenshotDatasetFixture!

    override func setUpWithError() throws { fixture = try ScreenshotDatasetFixture() }
    override func tearDown() { fixture?.folder.remove() }

    private typealias F = ScreenshotDatasetFixture

    private func read() throws -> Dataset {
        try fixture.writeManifest()
        return try ScreenshotDatasetReader.read(fixture.root, options: ReadOptions())
    }

    func testItemsLabelsAndMetadata() throws {
        try fixture.addItem("aaaa000000000001", labels: [
            F.label("login_button", "[1, 2, 10, 8]"),
            F.label("cancel", "[20, 20, 5, 5]", confidence: 1.0, source: "user_click", verified: true),
        ])
        try fixture.addItem("aaaa000000000002", labels: [])
        let dataset = try read()
        XCTAssertEqual(DatasetDetector.detect(fixture.root), .screenshots)
        XCTAssertEqual(dataset.issues, [])
        XCTAssertEqual(dataset.items.map(\.id), ["aaaa000000000001", "aaaa000000000002"])
        let item = try dataset.items.element(0)
        XCTAssertEqual(item.path, "images/aaaa000000000001.png")
        XCTAssertEqual([item.width, item.height], [32, 32])
        XCTAssertEqual(item.readIssues, [])
        XCTAssertEqual(item.labels, [
            Label(id: "0", category: "login_button", bbox: BoundingBox(x: 1, y: 2, width: 10, height: 8), confidence: 0.95, source: "template_matching", verified: false),
            Label(id: "1", category: "cancel", bbox: BoundingBox(x: 20, y: 20, width: 5, height: 5), confidence: 1.0, source: "user_click", verified: true),
        ])
        XCTAssertEqual(item.metadata.keys, ["action_id", "action_type", "active_states", "success", "timestamp", "context"])
        XCTAssertEqual(item.metadata["action_type"], "CLICK")
        XCTAssertEqual(item.metadata["active_states"], ["Login"])
        XCTAssertEqual(item.metadata["success"], true)
        XCTAssertEqual(ItemValidator.issues(for: item), [])
    }

    /// A torn line in the middle is reported with its line number; lines after it still load.
    func testTruncatedLineIsReportedAsManifestLine3() throws {
        try fixture.addItem("aaaa000000000001", labels: [])
        try fixture.addItem("aaaa000000000002", labels: [])
        fixture.appendLine(String(F.manifestLine("aaaa000000000003").prefix(40)))
        try fixture.addItem("aaaa000000000004", labels: [])
        try fixture.addImage("aaaa000000000005")
        try fixture.addAnnotations("aaaa000000000005", labels: [])
        fixture.appendRaw(String(F.manifestLine("aaaa000000000005").prefix(30)))
        let dataset = try read()
        XCTAssertEqual(dataset.items.map(\.id), ["aaaa000000000001", "aaaa000000000002", "aaaa000000000004"])
        XCTAssertEqual(dataset.issues.map(\.code), ["manifest.bad-line", "manifest.bad-line"])
        XCTAssertEqual(dataset.issues.map(\.location), ["manifest.jsonl:3", "manifest.jsonl:5"])
        XCTAssertEqual(try dataset.issues.element(0).severity, .error)
        XCTAssertTrue(try dataset.issues.element(0).text.hasPrefix("manifest.jsonl:3: "))
    }

    func testPathsLeavingTheDatasetAreRefused() throws {
        let outside = try TemporaryFolder()
        defer { outside.remove() }
        try outside.copy(try RealData.url(RealData.tinyPNG), to: "secret.png")
        try FileManager.default.createSymbolicLink(
            at: fixture.root.appendingPathComponent("link"), withDestinationURL: outside.url)
        try fixture.addItem("aaaa000000000001", labels: [])
        fixture.appendLine(F.manifestLine("bbbb000000000001", image: "../secret.png"))
        fixture.appendLine(F.manifestLine("bbbb000000000002", image: outside.url.appendingPathComponent("secret.png").path))
        fixture.appendLine(F.manifestLine("bbbb000000000003", image: "images/../../secret.png"))
        fixture.appendLine(F.manifestLine("bbbb000000000004", image: "link/secret.png"))
        let dataset = try read()
        XCTAssertEqual(dataset.items.map(\.id), ["aaaa000000000001"])
        XCTAssertEqual(dataset.issues.map(\.code), Array(repeating: "manifest.path-escape", count: 4))
        XCTAssertEqual(dataset.issues.map(\.location), (2...5).map { "manifest.jsonl:\($0)" })
        XCTAssertTrue(dataset.issues.allSatisfy { $0.severity == .error })
        XCTAssertTrue(try dataset.issues.element(3).message.contains("symlink"), dataset.issues.shown(3))
    }

    /// Annotation files are opened without following a link; a link is then checked as image paths
    /// are: one inside the dataset is read, one leading out refused, a dangling one missing.
    func testAnnotationFilesThatAreLinks() throws {
        let outside = try TemporaryFolder()
        defer { outside.remove() }
        try outside.write("secret.json", text: #"{"annotations":[{"bbox":[1,2,3,4],"category_name":"secret"}]}"#)
        try fixture.addItem("aaaa000000000001", labels: [F.label("button", "[1,2,3,4]")])
        for (id, target) in [("aaaa000000000002", fixture.root.appendingPathComponent("annotations/aaaa000000000001.json")),
                             ("aaaa000000000003", outside.url.appendingPathComponent("secret.json")),
                             ("aaaa000000000004", fixture.root.appendingPathComponent("annotations/gone.json"))] {
            try fixture.addImage(id)
            try FileManager.default.createSymbolicLink(at: fixture.root.appendingPathComponent("annotations/\(id).json"), withDestinationURL: target)
            fixture.appendLine(F.manifestLine(id))
        }
        let dataset = try read()
        XCTAssertEqual(dataset.items.map(\.id), ["aaaa000000000001", "aaaa000000000002", "aaaa000000000004"])
        XCTAssertEqual(try dataset.items.element(1).labels.map(\.category), ["button"])
        XCTAssertEqual(dataset.issues.map(\.code), ["manifest.path-escape"])
        XCTAssertEqual(dataset.issues.map(\.location), ["manifest.jsonl:3"])
        XCTAssertTrue(try dataset.issues.element(0).message.contains("through a symlink"), dataset.issues.shown(0))
        XCTAssertEqual(try dataset.items.element(2).readIssues.map(\.message), ["annotation file is missing; item has no labels"])
    }

    /// A preview reads about `previewBytes` of manifest and annotation files: the first items, in
    /// order, with the problems of the lines it took; a budget past the end reads them all.
    func testAPreviewTakesTheFirstItems() throws {
        for n in 0..<1_200 {
            let id = String(format: "cccc%012d", n)
            try fixture.addAnnotations(id, labels: [F.label("button", "[1,2,3,4]")])
            fixture.appendLine(n == 3 ? "{broken" : F.manifestLine(id))
        }
        try fixture.writeManifest()
        let perItem = 250 + 230  // about a manifest line and an annotation file
        var options = ReadOptions(previewBytes: 800 * perItem)
        let preview = try ScreenshotDatasetReader.read(fixture.root, options: options)
        XCTAssertTrue(preview.isPreview)
        XCTAssertTrue((600...1_000).contains(preview.items.count), "\(preview.items.count) items")
        XCTAssertEqual(preview.items.map(\.id), (0...preview.items.count).filter { $0 != 3 }.map { String(format: "cccc%012d", $0) })
        XCTAssertEqual(preview.issues.map(\.location), ["manifest.jsonl:4"])
        options.previewBytes = 2_000 * perItem
        let whole = try ScreenshotDatasetReader.read(fixture.root, options: options)
        XCTAssertFalse(whole.isPreview)
        XCTAssertEqual(whole.items.count, 1_199)
        XCTAssertEqual(whole.items.map(\.id), try ScreenshotDatasetReader.read(fixture.root, options: ReadOptions()).items.map(\.id))
    }

    /// Opening the dataset through a symlinked path is no escape, even for an image that is missing.
    func testDatasetReachedThroughASymlinkWithAMissingImage() throws {
        try fixture.addItem("aaaa000000000001", labels: [])
        try fixture.addAnnotations("aaaa000000000002", labels: [])
        fixture.appendLine(F.manifestLine("aaaa000000000002"))
        try fixture.writeManifest()
        let links = try TemporaryFolder()
        defer { links.remove() }
        let link = links.url.appendingPathComponent("dataset")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: fixture.root)
        let dataset = try ScreenshotDatasetReader.read(link, options: ReadOptions())
        XCTAssertEqual(dataset.issues, [])
        XCTAssertEqual(dataset.items.map(\.id), ["aaaa000000000001", "aaaa000000000002"])
        XCTAssertEqual(try ItemValidator.issues(for: dataset.items.element(1)).map(\.code), ["image.missing"])
    }

    /// Whether each image was there is noted as its path is checked (links followed), so the item
    /// checks of this open need not look again; a missing image or a dangling link is not noted.
    func testImagesThatWereThereAreNoted() throws {
        try fixture.addItem("aaaa000000000001", labels: [])
        for id in ["aaaa000000000002", "aaaa000000000003", "aaaa000000000004"] {
            try fixture.addAnnotations(id, labels: [])
            fixture.appendLine(F.manifestLine(id))
        }
        let images = fixture.root.appendingPathComponent("images")
        try FileManager.default.createSymbolicLink(atPath: images.appendingPathComponent("aaaa000000000003.png").path, withDestinationPath: "aaaa000000000001.png")
        try FileManager.default.createSymbolicLink(atPath: images.appendingPathComponent("aaaa000000000004.png").path, withDestinationPath: "nothing.png")
        let dataset = try read()
        XCTAssertEqual(dataset.items.map(\.imageSeen), [true, false, true, false])
        XCTAssertEqual(dataset.items.map { ItemValidator.issues(for: $0).map(\.code).filter { $0 == "image.missing" }.count }, [0, 1, 0, 1])
    }

    /// A big manifest looks its images up in one listing of their folder, not an lstat each: a
    /// missing image, a link inside, a dangling link, a link leading out and a folder named as an
    /// image come out as the per-file checks of a small manifest say.
    func testAFolderListingSaysWhatAnLstatWould() throws {
        let outside = try TemporaryFolder()
        defer { outside.remove() }
        try outside.copy(try RealData.url(RealData.tinyPNG), to: "secret.png")
        let ids = (0..<300).map { String(format: "dddd%012d", $0) }
        for id in ids { try fixture.addItem(id, labels: []) }
        let images = fixture.root.appendingPathComponent("images")
        func replace(_ n: Int, _ make: (String) throws -> Void) throws {
            let path = images.appendingPathComponent("\(ids[n]).png").path
            try FileManager.default.removeItem(atPath: path)
            try make(path)
        }
        try replace(1) { _ in }
        try replace(2) { try FileManager.default.createSymbolicLink(atPath: $0, withDestinationPath: "\(ids[0]).png") }
        try replace(3) { try FileManager.default.createSymbolicLink(atPath: $0, withDestinationPath: "nothing.png") }
        try replace(4) { try FileManager.default.createSymbolicLink(atPath: $0, withDestinationPath: outside.url.appendingPathComponent("secret.png").path) }
        try replace(5) { try FileManager.default.createDirectory(atPath: $0, withIntermediateDirectories: false) }
        let dataset = try read()
        XCTAssertEqual(dataset.issues.map(\.location), ["manifest.jsonl:5"])
        XCTAssertTrue(try dataset.issues.element(0).message.contains("through a symlink"), dataset.issues.shown(0))
        XCTAssertEqual(dataset.items.count, 299)
        XCTAssertEqual(dataset.items.prefix(5).map(\.imageSeen), [true, false, true, false, true])
        XCTAssertEqual(dataset.items.filter(\.imageSeen).count, 297)
        let resolver = DatasetPathResolver(root: fixture.root)
        for item in dataset.items {
            XCTAssertEqual(item.imageSeen, try resolver.resolveNotingPresence(item.path).get().present, item.id)
        }
    }

    func testZeroSizeIsTakenFromTheImageHeader() throws {
        try fixture.addItem("aaaa000000000001", width: 0, height: 0, labels: [F.label("ok", "[0, 0, 4, 4]")])
        let item = try XCTUnwrap(try read().items.first)
        XCTAssertEqual([item.width, item.height], [32, 32])
        XCTAssertEqual(item.readIssues.map(\.code), ["size.from-header"])
        XCTAssertEqual(try item.readIssues.element(0).severity, .info)
    }

    func testMissingAnnotationFileGivesItemWithoutLabels() throws {
        try fixture.addImage("aaaa000000000001")
        fixture.appendLine(F.manifestLine("aaaa000000000001"))
        let dataset = try read()
        let item = try XCTUnwrap(dataset.items.first)
        XCTAssertEqual(item.labels, [])
        XCTAssertEqual(item.readIssues.map(\.code), ["annotation.missing"])
        XCTAssertEqual(try item.readIssues.element(0).severity, .error)
        XCTAssertEqual(try item.readIssues.element(0).location, "annotations/aaaa000000000001.json")
        XCTAssertEqual([item.width, item.height], [32, 32])
    }

    func testNegativeBoxIsKeptAndFlaggedByTheValidator() throws {
        try fixture.addItem("aaaa000000000001", labels: [F.label("wide", "[10, 10, -5, 4]")])
        let item = try XCTUnwrap(try read().items.first)
        XCTAssertEqual(try item.labels.element(0).bbox, BoundingBox(x: 10, y: 10, width: -5, height: 4))
        let issues = ItemValidator.issues(for: item)
        XCTAssertEqual(issues.map(\.code), ["box.invalid"])
        XCTAssertTrue(try issues.element(0).message.contains("label 0 (wide)"), issues.shown(0))
    }

    /// NaN written by Python is not JSON: the file is still read and the box flagged; a short
    /// bbox becomes a label without a box.
    func testNaNAndShortBoxesKeepWhatCanBeKept() throws {
        try fixture.addItem("aaaa000000000001", labels: [F.label("nan", "[NaN, 1, 2, 3]"), F.label("short", "[1, 2]"), F.label("fine", "[1, 1, 2, 2]")])
        let item = try XCTUnwrap(try read().items.first)
        XCTAssertEqual(item.labels.map(\.category), ["nan", "short", "fine"])
        XCTAssertTrue(try item.labels.element(0).bbox?.x.isNaN == true)
        XCTAssertNil(try item.labels.element(1).bbox)
        XCTAssertEqual(item.readIssues.map(\.code), ["json.non-finite", "label.bad-bbox"])
        XCTAssertTrue(try item.readIssues.element(1).message.hasPrefix("label 1 bbox has 2 numbers"), item.readIssues.shown(1))
        XCTAssertEqual(ItemValidator.issues(for: item).map(\.code), ["json.non-finite", "label.bad-bbox", "box.invalid"])
    }

    func testNonUTF8LineIsAnErrorForThatLine() throws {
        try fixture.addItem("aaaa000000000001", labels: [])
        try fixture.addImage("aaaa000000000002")
        try fixture.addAnnotations("aaaa000000000002", labels: [])
        var bytes = Array(F.manifestLine("aaaa000000000002").utf8)
        bytes.insert(contentsOf: [0xC3, 0x28, 0xFF], at: bytes.count - 3)
        fixture.appendLine(bytes: bytes)
        try fixture.addItem("aaaa000000000003", labels: [])
        let dataset = try read()
        XCTAssertEqual(dataset.items.map(\.id), ["aaaa000000000001", "aaaa000000000003"])
        XCTAssertEqual(dataset.issues.map(\.code), ["manifest.bad-encoding"])
        XCTAssertEqual(try dataset.issues.element(0).location, "manifest.jsonl:2")
    }

    /// A big manifest's items are read on all cores in shares; items and problems stay in line order.
    func testABigManifestKeepsItsOrderAcrossShares() throws {
        for n in 1...1200 {
            let id = String(format: "b%015d", n)
            switch n {
            case 300: fixture.appendLine("{\"image_id\": broken")
            case 700: fixture.appendLine(F.manifestLine(String(format: "b%015d", 5)))
            case 1100: fixture.appendLine(F.manifestLine(id, image: "../outside.png"))
            default: fixture.appendLine(F.manifestLine(id))
            }
        }
        let dataset = try read()
        XCTAssertEqual(dataset.items.count, 1197)
        XCTAssertEqual(try dataset.items.element(298).id, String(format: "b%015d", 299))
        XCTAssertEqual(try dataset.items.element(299).id, String(format: "b%015d", 301))
        XCTAssertEqual(dataset.items.last?.id, String(format: "b%015d", 1200))
        XCTAssertEqual(dataset.issues.map(\.location), ["manifest.jsonl:300", "manifest.jsonl:700", "manifest.jsonl:1100"])
        XCTAssertEqual(dataset.issues.map(\.code).suffix(2), ["manifest.duplicate-id", "manifest.path-escape"])
    }

    func testDuplicateImageIDKeepsTheFirst() throws {
        try fixture.addItem("aaaa000000000001", labels: [F.label("first", "[1, 1, 2, 2]")])
        fixture.appendLine(F.manifestLine("aaaa000000000001", width: 64, height: 64))
        let dataset = try read()
        XCTAssertEqual(dataset.items.count, 1)
        XCTAssertEqual(try dataset.items.element(0).labels.map(\.category), ["first"])
        XCTAssertEqual(dataset.issues.map(\.code), ["manifest.duplicate-id"])
        XCTAssertEqual(try dataset.issues.element(0).severity, .warning)
        XCTAssertEqual(try dataset.issues.element(0).location, "manifest.jsonl:2")
        XCTAssertTrue(try dataset.issues.element(0).message.contains("line 1"))
    }

    /// A machine label without confidence reads as 0 (reviewed first); a human one as 1.
    func testMissingConfidenceDefaults() throws {
        try fixture.addItem("aaaa000000000001", labels: [
            F.label("machine", "[1, 1, 2, 2]", confidence: nil),
            F.label("click", "[5, 5, 2, 2]", confidence: nil, source: "user_click", verified: true),
        ])
        let item = try XCTUnwrap(try read().items.first)
        XCTAssertEqual(item.labels.map(\.confidence), [0.0, 1.0])
        XCTAssertEqual(item.readIssues.map(\.code), ["label.no-confidence"])
    }

    func testMissingManifestIsAReadError() throws {
        XCTAssertThrowsError(try ScreenshotDatasetReader.read(fixture.root, options: ReadOptions())) { error in
            XCTAssertTrue((error as? ReadError)?.message.contains("manifest.jsonl") == true)
        }
    }
}
