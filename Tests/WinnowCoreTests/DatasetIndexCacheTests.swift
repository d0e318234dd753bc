import Foundation
import WinnowTestSupport
import XCTest

@testable import WinnowCore

/// A big COCO file's index cache: written on the first read, read on the next instead of the JSON
/// with the same result, dropped when the file changes, and never written through a link.
final class DatasetIndexCacheTests: XCTestCase {
    /// 2,000 images with 5 boxes each, one without a size, one box on an unknown image (900 KB,
    /// cached here from 100 KB on).
    private func bigCOCO(in folder: TemporaryFolder, extra: String = "") throws -> URL {
        var text = #"{"info": {"about": "cache test"}, "categories": [{"id": 1, "name": "button"}, {"id": 2, "name": "link"}], "images": ["#
        text += (1...2_000).map { #"{"id": \#($0), "file_name": "img\#($0).png", "width": \#($0 == 7 ? 0 : 640), "height": 480, "city": "Lyon"}"# }
            .joined(separator: ",")
        text += #"], "annotations": ["#
        var annotations: [String] = []
        for image in 1...2_000 {
            for k in 0..<5 {
                let id = (image - 1) * 5 + k + 1
                annotations.append(#"{"id": \#(id), "image_id": \#(image), "category_id": \#(k % 2 + 1), "bbox": [\#(k * 10), 5.5, 20, 10], "area": 200, "iscrowd": \#(k == 4 ? 1 : 0), "score": 0.\#(50 + k)}"#)
            }
        }
        annotations.append(#"{"id": 999999, "image_id": 123456, "category_id": 1, "bbox": [0, 0, 1, 1]}"#)
        text += annotations.joined(separator: ",") + "]}" + extra
        return try folder.write("big.json", text: text)
    }

    /// Reads the file once with a cache threshold it passes: the options, the dataset, the cache file.
    private func firstRead(_ file: URL, in folder: TemporaryFolder) throws -> (ReadOptions, Dataset, URL) {
        var options = ReadOptions()
        options.stateDirectory = folder.file("state")
        options.indexCacheMinimumBytes = 100_000
        return (options, try COCOReader.read(file, options: options), folder.file("state/big.json/index.bin"))
    }

    private func digest(_ d: Dataset) -> String {
        SHA256.hex(of: Array((d.items.map { item in
            "\(item.id)|\(item.path)|\(item.imageURL?.path ?? "-")|\(item.width)x\(item.height)|\(JSONWriter.string(.object(item.metadata)))|"
                + item.labels.map { "\($0.id) \($0.category) \($0.bbox.map { "\($0.x) \($0.y) \($0.width) \($0.height)" } ?? "-") \($0.confidence) \($0.source) \($0.crowd)" }.joined(separator: ";")
                + "|" + item.readIssues.map(\.text).joined(separator: ";")
        }.joined(separator: "\n") + d.issues.map(\.text).joined(separator: ";") + d.categoryIDs.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined()).utf8))
    }

    /// The command line writes the cache on another core while it goes on, and waits for it at exit.
    func testACacheWrittenInTheBackgroundIsThereOnceTheWritesAreWaitedFor() throws {
        let folder = try TemporaryFolder()
        let file = try bigCOCO(in: folder)
        var options = ReadOptions()
        options.stateDirectory = folder.file("state")
        options.indexCacheMinimumBytes = 100_000
        options.savesIndexInBackground = true
        let first = try COCOReader.read(file, options: options)
        BackgroundWrites.wait()
        let cached = try XCTUnwrap(try XCTUnwrap(DatasetIndexCache(source: file, root: folder.url, options: options)).load())
        XCTAssertEqual(digest(cached), digest(first))
    }

    /// Images seen in the watched `images/` folder at the first read count as seen from the cache
    /// too (removing one changes the folder, and so the key); one beside the file is looked for again.
    func testImagesSeenInTheWatchedFolderStaySeenFromTheCache() throws {
        let folder = try TemporaryFolder()
        let file = try bigCOCO(in: folder)
        try folder.write("images/img1.png", text: "x")
        try folder.write("images/img2.png", text: "x")
        try folder.write("img3.png", text: "x")
        let (options, first, _) = try firstRead(file, in: folder)
        XCTAssertEqual(first.items.prefix(4).map(\.imageSeen), [true, true, true, false])
        let cached = try XCTUnwrap(try XCTUnwrap(DatasetIndexCache(source: file, root: folder.url, options: options)).load())
        XCTAssertEqual(cached.items.prefix(4).map(\.imageSeen), [true, true, false, false])
        try FileManager.default.removeItem(at: folder.file("images/img1.png"))
        XCTAssertNil(try XCTUnwrap(DatasetIndexCache(source: file, root: folder.url, options: options)).load(), "the folder changed")
    }

    func testTheSecondReadComesFromTheCacheWithTheSameResultAndAChangedFileIsReadAgain() throws {
        let folder = try TemporaryFolder()
        let file = try bigCOCO(in: folder)
        let (options, first, cacheFile) = try firstRead(file, in: folder)
        XCTAssertTrue(FileManager.default.fileExists(atPath: cacheFile.path))
        XCTAssertEqual(first.items.count, 2_000)
        XCTAssertEqual(first.issues.map(\.code), ["coco.unknown-image"])

        let cache = try XCTUnwrap(DatasetIndexCache(source: file, root: folder.url, options: options))
        let cached = try XCTUnwrap(cache.load(), "the cache reads back")
        XCTAssertEqual(digest(cached), digest(first))
        XCTAssertEqual(digest(try COCOReader.read(file, options: options)), digest(first))

        let changed = try bigCOCO(in: folder, extra: "\n")  // one more byte: another size, another tail
        XCTAssertNil(try XCTUnwrap(DatasetIndexCache(source: changed, root: folder.url, options: options)).load(), "a changed file is not the cached one")
        XCTAssertEqual(digest(try COCOReader.read(changed, options: options)), digest(first))
        XCTAssertNotNil(try XCTUnwrap(DatasetIndexCache(source: changed, root: folder.url, options: options)).load(), "and is cached again")
    }

    func testASmallFileIsNotCached() throws {
        let folder = try TemporaryFolder()
        var options = ReadOptions()
        options.stateDirectory = folder.file("state")
        _ = try COCOReader.read(try bigCOCO(in: folder), options: options)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.path("state")), "under 8 MB the JSON is quick enough")
    }

    func testACutCacheIsIgnoredAndALinkedStateFolderGetsNone() throws {
        let folder = try TemporaryFolder()
        let file = try bigCOCO(in: folder)
        let (read, first, cacheFile) = try firstRead(file, in: folder)
        var options = read
        let bytes = try Data(contentsOf: cacheFile)
        try bytes.prefix(bytes.count / 2).write(to: cacheFile)
        XCTAssertEqual(digest(try COCOReader.read(file, options: options)), digest(first), "a cut cache is read past")

        let elsewhere = try TemporaryFolder()
        try FileManager.default.createSymbolicLink(at: folder.file("linked"), withDestinationURL: elsewhere.url)
        options.stateDirectory = folder.file("linked")
        _ = try COCOReader.read(file, options: options)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: elsewhere.url.path), [], "nothing written through the link")
    }

    func testACacheThatPointsOutOfTheDatasetIsRefused() throws {
        let folder = try TemporaryFolder()
        let file = try bigCOCO(in: folder)
        let (options, first, cacheFile) = try firstRead(file, in: folder)
        var forged = first
        forged.items[0].imageURL = URL(fileURLWithPath: "/etc/passwd")
        let cache = try XCTUnwrap(DatasetIndexCache(source: file, root: folder.url, options: options))
        try FileManager.default.removeItem(at: cacheFile)
        cache.save(forged)
        XCTAssertTrue(FileManager.default.fileExists(atPath: cacheFile.path))
        XCTAssertNil(cache.load(), "an image path outside the dataset")
        XCTAssertEqual(try COCOReader.read(file, options: options).items.element(0).imageURL, try first.items.element(0).imageURL, "the JSON is read instead")
    }

    /// An image path that climbs out of its folder with "..", or names a file "..", refuses the cache
    /// as one outside the dataset does.
    func testACacheWhoseImagePathClimbsOutIsRefused() throws {
        let folder = try TemporaryFolder()
        let file = try bigCOCO(in: folder)
        let (options, first, _) = try firstRead(file, in: folder)
        let cache = try XCTUnwrap(DatasetIndexCache(source: file, root: folder.url, options: options))
        for climbing in ["images/../../../etc/passwd", "images/.."] {
            var forged = first
            forged.items[3].imageURL = URL(fileURLWithPath: folder.path("") + "/" + climbing)
            cache.save(forged)
            XCTAssertNil(cache.load(), climbing)
        }
        cache.save(first)
        XCTAssertEqual(digest(try XCTUnwrap(cache.load())), digest(first), "more than one chunk of items, read back in order")
        XCTAssertGreaterThan(first.items.count, DatasetIndexCoding.itemsPerChunk)
    }

    /// A cache cut anywhere, with any byte changed, or whose footer points past its end, is read
    /// as nothing or as a dataset: never a crash (a footer past the end once was one).
    func testADamagedCacheNeverCrashes() throws {
        let folder = try TemporaryFolder()
        let file = try bigCOCO(in: folder)
        let (options, _, cacheFile) = try firstRead(file, in: folder)
        let cache = try XCTUnwrap(DatasetIndexCache(source: file, root: folder.url, options: options))
        let whole = try Data(contentsOf: cacheFile)
        var damaged: [Data] = []
        var past = whole
        past.replaceSubrange((whole.count - 8)..<whole.count, with: withUnsafeBytes(of: UInt64(whole.count + 100).littleEndian) { Data($0) })
        damaged.append(past)
        var seed: UInt64 = 16
        for _ in 0..<40 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let at = Int(seed >> 33) % whole.count
            damaged.append(whole.prefix(at))
            var flipped = whole
            flipped[at] ^= UInt8(truncatingIfNeeded: seed >> 8) | 1
            damaged.append(flipped)
        }
        for bytes in damaged {
            try bytes.write(to: cacheFile)
            _ = cache.load()
        }
        try past.write(to: cacheFile)
        XCTAssertNil(cache.load(), "a footer past the end")
    }

    /// Metadata goes in as typed values, not JSON text: whole numbers, fractions, negative zero,
    /// huge numbers, strings, nesting and key order all come back the same; nesting past the limit
    /// and a cut value read as nothing.
    func testMetadataValuesComeBackExactly() throws {
        let value: JSONValue = .object(JSONObject([
            ("int", 42), ("negative", -7), ("fraction", 0.1), ("negativeZero", .number(-0.0)), ("huge", 1e300),
            ("past2to53", .number(9_007_199_254_740_994)), ("text", "Zürich \u{1F600}"), ("null", nil), ("flags", [true, false]),
            ("nested", .object(JSONObject([("z", 1), ("a", [[], .object(JSONObject())])]))),
        ]))
        var out = BinaryWriter()
        out.json(value)
        let bytes = out.bytes
        try bytes.withUnsafeBufferPointer { buffer in
            var input = BinaryReader(buffer)
            let back = try XCTUnwrap(input.json())
            XCTAssertEqual(back, value)
            XCTAssertEqual(back["negativeZero"]?.doubleValue?.sign, .minus)
            XCTAssertEqual(back.objectValue?.keys, value.objectValue?.keys)
            XCTAssertTrue(input.isAtEnd)
            var cut = try XCTUnwrap(input.part(from: 0, to: buffer.count - 1))
            XCTAssertNil(cut.json())
        }
        var deep: JSONValue = 1
        for _ in 0..<BinaryJSONTag.maximumDepth { deep = [deep] }
        var deepOut = BinaryWriter()
        deepOut.json(deep)
        deepOut.bytes.withUnsafeBufferPointer { buffer in
            var input = BinaryReader(buffer)
            XCTAssertNil(input.json(), "too deep")
        }
    }

    /// A touch (same bytes, new time), and the same size with other bytes under the old time, each
    /// make the cache stale: size, modification time and the hash of head and tail are all checked.
    func testATouchAndOtherBytesOfTheSameSizeMakeTheCacheStale() throws {
        let folder = try TemporaryFolder()
        let file = try bigCOCO(in: folder)
        let (options, first, _) = try firstRead(file, in: folder)
        func cached() throws -> Dataset? { try XCTUnwrap(DatasetIndexCache(source: file, root: folder.url, options: options)).load() }
        XCTAssertNotNil(try cached())

        let time = try XCTUnwrap(try FileManager.default.attributesOfItem(atPath: file.path)[.modificationDate] as? Date)
        try FileManager.default.setAttributes([.modificationDate: time.addingTimeInterval(5)], ofItemAtPath: file.path)
        XCTAssertNil(try cached(), "touched")
        XCTAssertEqual(digest(try COCOReader.read(file, options: options)), digest(first))
        XCTAssertNotNil(try cached(), "cached again under the new time")

        let newTime = try XCTUnwrap(try FileManager.default.attributesOfItem(atPath: file.path)[.modificationDate] as? Date)
        var bytes = try Data(contentsOf: file)
        let about = try XCTUnwrap(bytes.firstRange(of: Data("cache test".utf8)))
        bytes.replaceSubrange(about, with: Data("cache TEST".utf8))
        try bytes.write(to: file)
        try FileManager.default.setAttributes([.modificationDate: newTime], ofItemAtPath: file.path)
        XCTAssertNil(try cached(), "same size and time, other bytes in the head")
        let changed = try COCOReader.read(file, options: options)
        XCTAssertEqual(changed.items.count, first.items.count)
    }

    /// Ids that are not plain numbers ("007", text, a repeat given `#position`), labels a person
    /// verified or rejected, metadata and an image elsewhere all come back from the cache as they went in.
    func testEveryLabelFieldComesBackAsWritten() throws {
        let folder = try TemporaryFolder()
        let file = try bigCOCO(in: folder)
        let (options, first, _) = try firstRead(file, in: folder)
        var edited = first
        edited.items[0].labels[0].id = "007"
        edited.items[0].labels[1].id = "box-a"
        edited.items[0].labels[2].id = "5#17"
        edited.items[0].labels[3].verified = true
        edited.items[0].labels[3].rejected = true
        edited.items[0].labels[4].confidence = 1
        edited.items[0].labels[4].bbox = nil
        edited.items[1].imageURL = folder.file("images/deeper/x.png")
        edited.items[1].localID = "local"
        let cache = try XCTUnwrap(DatasetIndexCache(source: file, root: folder.url, options: options))
        cache.save(edited)
        let back = try XCTUnwrap(cache.load())
        XCTAssertEqual(try back.items.element(0).labels, try edited.items.element(0).labels)
        XCTAssertEqual(try back.items.element(1).imageURL?.path, folder.path("images/deeper/x.png"))
        XCTAssertEqual(try back.items.element(1).localID, "local")
        XCTAssertEqual(try back.items.element(2).metadata["city"], .string("Lyon"))
        XCTAssertEqual(digest(back), digest(edited))
    }
}
