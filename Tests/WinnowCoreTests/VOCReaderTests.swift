import Foundation
import WinnowTestSupport
import XCTest

@testable import WinnowCore

final class VOCReaderTests: XCTestCase {
    private var temp: TemporaryFolder?

    override func tearDown() { temp?.remove() }

    func testRealVOCFolder() throws {
        let folder = try RealData.url(RealData.vocFolder)
        let dataset = try VOCReader.read(folder, options: ReadOptions())
        XCTAssertEqual(dataset.format, .voc)
        XCTAssertEqual(dataset.items.count, 12)
        XCTAssertEqual(dataset.issues, [])
        for item in dataset.items {
            XCTAssertEqual(item.width, 1080, item.id)
            XCTAssertEqual(item.height, 2400, item.id)
            XCTAssertTrue(item.path.hasPrefix("../images/"), item.path)
            XCTAssertTrue(FileManager.default.fileExists(atPath: try XCTUnwrap(item.imageURL).path), item.id)
            XCTAssertTrue(item.labels.allSatisfy { $0.source == "voc" && $0.confidence == 1.0 && !$0.verified })
        }
        XCTAssertEqual(dataset.items.map(\.labels.count).reduce(0, +), try objectTagCount(in: folder))
    }

    func testFirstBoxOfFirstFile() throws {
        let dataset = try VOCReader.read(try RealData.url(RealData.vocFolder), options: ReadOptions())
        let item = try XCTUnwrap(dataset.items.first { $0.id.hasPrefix("02ebbe") })
        XCTAssertEqual(item.id, "02ebbe055d2a542cd85d67e5ce338af413ed19322aa13cd276ac798f02c06dd4.png")
        let first = try XCTUnwrap(item.labels.first)
        XCTAssertEqual(first.id, "0")
        XCTAssertEqual(first.category, "ui_group")
        XCTAssertEqual(first.bbox, BoundingBox(x: 20, y: 411, width: 1018, height: 105))
        XCTAssertEqual(item.labels.map(\.id), ["0", "1"])
    }

    /// The parent folder (images/ + voc/) reads as the same dataset with paths inside it.
    func testParentFolderWithVOCSubfolder() throws {
        let parent = try RealData.url("screens/mobile_voc_baithunter")
        XCTAssertEqual(DatasetDetector.detect(parent), .voc)
        let dataset = try VOCReader.read(parent, options: ReadOptions())
        XCTAssertEqual(dataset.items.count, 12)
        XCTAssertEqual(dataset.root.lastPathComponent, "mobile_voc_baithunter")
        XCTAssertTrue(dataset.items.allSatisfy { $0.path.hasPrefix("images/") })
    }

    func testBrokenXMLIsReportedAndOthersRead() throws {
        let folder = try TemporaryFolder()
        temp = folder
        let real = try RealData.url(RealData.vocFolder)
        let good = "02ebbe055d2a542cd85d67e5ce338af413ed19322aa13cd276ac798f02c06dd4"
        try folder.copy(real.appendingPathComponent("\(good).xml"), to: "voc/\(good).xml")
        try folder.write("voc/broken.xml", text: "<annotation>\n<filename>b.png</filename>\n<object><name>x</name>\n</annotation>\n")
        let dataset = try VOCReader.read(folder.url, options: ReadOptions())
        XCTAssertEqual(dataset.items.map(\.id), ["\(good).png"])
        let issue = try XCTUnwrap(dataset.issues.first)
        XCTAssertEqual(dataset.issues.count, 1)
        XCTAssertEqual(issue.code, "voc.bad-xml")
        XCTAssertEqual(issue.severity, .error)
        XCTAssertTrue(issue.location?.hasPrefix("voc/broken.xml:") == true, issue.text)
        let line = Int(try XCTUnwrap(issue.location?.split(separator: ":").last))
        XCTAssertTrue((3...5).contains(try XCTUnwrap(line)), issue.text)
    }

    /// Size 0x0 comes from the PNG header; a box without numbers is kept with no bbox and reported.
    func testZeroSizeAndBadBox() throws {
        let folder = try TemporaryFolder()
        temp = folder
        try folder.copy(try RealData.url(RealData.tinyPNG), to: "shot.png")
        try folder.write("shot.xml", text: """
            <annotation><filename>shot.png</filename><size><width>0</width><height>0</height></size>
            <object><name>button</name><bndbox><xmin>1.5</xmin><ymin>2</ymin><xmax>11.5</xmax><ymax>7</ymax></bndbox></object>
            <object><name>icon</name><bndbox><xmin>a</xmin><ymin>2</ymin><xmax>3</xmax><ymax>4</ymax></bndbox></object>
            </annotation>
            """)
        let dataset = try VOCReader.read(folder.url, options: ReadOptions())
        let item = try XCTUnwrap(dataset.items.first)
        XCTAssertEqual(item.id, "shot.png")
        XCTAssertEqual(item.path, "shot.png")
        XCTAssertEqual([item.width, item.height], [32, 32])
        XCTAssertEqual(item.labels.map(\.category), ["button", "icon"])
        XCTAssertEqual(try item.labels.element(0).bbox, BoundingBox(x: 1.5, y: 2, width: 10, height: 5))
        XCTAssertNil(try item.labels.element(1).bbox)
        XCTAssertEqual(item.readIssues.map(\.code), ["label.bad-bbox", "size.from-header"])
        XCTAssertEqual(try item.readIssues.element(0).location, "shot.xml:3")
    }

    /// Counted without the reader: occurrences of `<object>` in the raw files.
    private func objectTagCount(in folder: URL) throws -> Int {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".xml") }
        XCTAssertEqual(names.count, 12)
        return try names.reduce(0) { total, name in
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            return total + text.components(separatedBy: "<object>").count - 1
        }
    }
}
