import Foundation
import WinnowTestSupport
import XCTest

@testable import WinnowCore

/// Files that are not Setitec, cut short, empty or full of junk: a clear message naming the file
/// (and line), and the other files of a folder still load.
final class SetitecBadInputTests: XCTestCase {
    private var temp: TemporaryFolder!

    override func setUpWithError() throws { temp = try TemporaryFolder() }
    override func tearDown() { temp?.remove() }

    private func failure(_ name: String, text: String) throws -> String {
        let url = try temp.write(name, text: text)
        switch SetitecReader.read(fileAt: url) {
        case .success: XCTFail("\(name) was read"); return ""
        case .failure(let error): return error.message
        }
    }

    private func read(_ name: String, text: String) throws -> SetitecFile {
        try SetitecReader.read(fileAt: try temp.write(name, text: text)).get()
    }

    func testNonSetitecTextFileIsRefused() throws {
        XCTAssertEqual(try failure("labels.xls", text: "name,label\nfoo,1\n"),
                       "labels.xls: not a Setitec drill-run file: no \"*** Section ***\" lines and no \"Position (mm)\" data header in the file")
    }

    func testSectionsWithoutADataTableAreRefused() throws {
        XCTAssertEqual(try failure("nodata.xls", text: "*** General Infos ***\nVersion\n9\n"),
                       "nodata.xls: no data table: no line starts with \"Position (mm)\" in the file")
    }

    func testEmptyFileIsRefused() throws {
        XCTAssertEqual(try failure("empty.xls", text: ""), "empty.xls: empty file")
    }

    func testHeaderWithNoDataIsAnError() throws {
        XCTAssertEqual(try failure("header.xls", text: SetitecTestFile.text(rows: ["\t\t\t", ""])),
                       "header.xls:6: the data table has a header but no rows (no samples)")
    }

    func testTruncatedLastRowIsDroppedWithAWarning() throws {
        let rows = SetitecTestFile.rows(2) + ["-0,003\t3,"]
        let file = try read("cut.xls", text: SetitecTestFile.text(rows: rows, endsWithNewline: false))
        XCTAssertEqual(file.run.sampleCount, 2)
        XCTAssertEqual(file.run.channel("I Torque")?.values, [1, 2])
        XCTAssertEqual(file.issues, [Issue(
            .warning, "signal.truncated", "the last data row has 2 of 4 values (file cut short?); dropped, 2 complete rows kept",
            location: "cut.xls:9")])
    }

    /// A real file cut in the middle of its last row keeps every complete row.
    func testTruncatedRealFile() throws {
        let source = try RealData.url("setitec/src__abyss__test_data__data_20241218__23120040_23120040_ST_2412_60.xls")
        let bytes = [UInt8](try Data(contentsOf: source))
        let cut = try temp.write("cut-real.xls", bytes: Array(bytes.dropLast(30)))
        let file = try SetitecReader.read(fileAt: cut).get()
        XCTAssertEqual(file.run.sampleCount, 134)
        XCTAssertEqual(file.issues.filter { $0.code == "signal.truncated" }.map(\.location), ["cut-real.xls:185"])
    }

    /// The first row decides how many columns there are (v11 names more than it writes), so a
    /// table whose only row is cut short reads as fewer columns, with the mismatch reported.
    func testOnlyRowCutShortReadsAsFewerColumns() throws {
        let file = try read("one.xls", text: SetitecTestFile.text(rows: ["-0,001\t1"], endsWithNewline: false))
        XCTAssertEqual(file.run.channels.map(\.name), ["Position", "I Torque"])
        XCTAssertEqual(file.run.channel("I Torque")?.values, [1])
        XCTAssertEqual(file.issues.map(\.text), [
            "one.xls:6: the data header names 4 columns but rows hold 2 values; bound by position, no values for \"I Thrust (A)\", \"Step (nb)\"",
        ])
    }

    /// 500 bad cells: NaN each, one warning for the column with the first few, naming the first line.
    func testNonNumericCellsAreNaNAndReportedOncePerColumn() throws {
        var rows = SetitecTestFile.rows(1000)
        for index in stride(from: 1, to: 1000, by: 2) { rows[index] = rows[index].replacingOccurrences(of: "\t\(index + 1),000\t", with: "\tE#\t") }
        let file = try read("bad.xls", text: SetitecTestFile.text(rows: rows))
        XCTAssertEqual(file.run.sampleCount, 1000)
        XCTAssertEqual(file.run.channel("I Torque")?.values.filter(\.isNaN).count, 500)
        XCTAssertEqual(try file.run.channel("I Torque")?.values.element(0), 1)
        XCTAssertEqual(file.run.channel("Position")?.values.filter(\.isNaN).count, 0)
        XCTAssertEqual(file.issues, [Issue(
            .warning, "signal.non-numeric",
            "500 non-numeric cells in column \"I Torque (A)\" read as NaN (line 8: \"E#\", line 10: \"E#\", line 12: \"E#\", ...)",
            location: "bad.xls:8")])
    }

    /// A Position of 1e20 used to stop every command (a Double too big for an Int, in the gap
    /// check); such values are now NaN and a problem of their file, and the run still validates.
    func testValuesNoDrillCanMakeAreNaNAndReported() throws {
        var rows = SetitecTestFile.rows(100)
        rows[9] = "1e20\t10,000\t0,500\t1,000"
        rows[19] = "-0,020\t-1e308\t0,500\t1,000"
        rows[29] = "-0,030\t30,000\t1e400\t1,000"
        let file = try read("huge.xls", text: SetitecTestFile.text(rows: rows))
        XCTAssertEqual(file.run.sampleCount, 100)
        XCTAssertTrue(try file.run.channel("Position")?.values.element(9).isNaN ?? false)
        XCTAssertTrue(try file.run.channel("I Torque")?.values.element(19).isNaN ?? false)
        XCTAssertEqual(file.issues, [Issue(
            .warning, "signal.out-of-range",
            "3 values beyond ±1e9 (or infinite); read as NaN (line 16 Position (mm) 1e20, line 26 I Torque (A) -1e308, line 36 I Thrust (A) 1e400)",
            location: "huge.xls:16")])
        let item = ReviewItem(id: "huge.xls", kind: .signal, path: "huge.xls", imageURL: nil, width: 0, height: 0, labels: [], signal: file.run)
        let checked = ItemValidator.issues(for: item)  // stopped the process before
        XCTAssertFalse(checked.contains { $0.code.hasPrefix("signal.gap") && $0.message.contains("9007199254740") }, "\(checked)")
    }

    func testShortAndLongRowsInTheMiddle() throws {
        let rows = ["-0,001\t1,0\t0,5\t1", "-0,002\t2,0", "-0,003\t3,0\t0,5\t1\t99", "-0,004\t4,0\t0,5\t1"]
        let file = try read("ragged.xls", text: SetitecTestFile.text(rows: rows))
        XCTAssertEqual(file.run.sampleCount, 4)
        XCTAssertEqual(try file.run.channel("I Thrust")?.values.element(1).isNaN, true)
        XCTAssertEqual(try file.run.channel("Step")?.values.element(2), 1)
        XCTAssertEqual(file.issues.map(\.text), [
            "ragged.xls:8: 1 rows with fewer values than columns; the missing ones read as NaN (line 8 (2 values))",
            "ragged.xls:9: 1 rows with more values than columns; the extra ones ignored (line 9)",
        ])
    }

    func testMissingSampleRateIsAWarning() throws {
        let text = SetitecTestFile.text(rows: SetitecTestFile.rows(3)).replacingOccurrences(of: "\t100\t", with: "\t\t")
        let file = try read("norate.xls", text: text)
        XCTAssertNil(file.run.sampleRate)
        XCTAssertEqual(file.issues.map(\.code), ["signal.no-sample-rate"])
    }

    /// 20 MB of junk is refused after its first 64 KB.
    func testTwentyMegabytesOfGarbageAreRefusedFast() throws {
        var state: UInt64 = 7
        var bytes = [UInt8](repeating: 0, count: 20 << 20)
        for index in stride(from: 0, to: bytes.count, by: 8) {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            withUnsafeBytes(of: state) { for (offset, byte) in $0.enumerated() { bytes[index + offset] = byte } }
        }
        let url = try temp.write("garbage.xls", bytes: bytes)
        let start = Date()
        let result = SetitecReader.read(fileAt: url)
        let elapsed = Date().timeIntervalSince(start)
        guard case .failure(let error) = result else { return XCTFail("garbage was read") }
        XCTAssertEqual(error.message,
                       "garbage.xls: not a Setitec drill-run file: no \"*** Section ***\" lines and no \"Position (mm)\" data header in its first 64 KB")
        XCTAssertLessThan(elapsed, 0.2)
    }

    /// A 1 GB (sparse) file of zeros: same answer, without reading it.
    func testOneGigabyteFileIsRefusedFast() throws {
        let url = temp.file("huge.xls")
        XCTAssertTrue(FileManager.default.createFile(atPath: url.path, contents: nil))
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 1 << 30)
        try handle.close()
        let start = Date()
        guard case .failure(let error) = SetitecReader.read(fileAt: url) else { return XCTFail("zeros were read") }
        XCTAssertLessThan(Date().timeIntervalSince(start), 0.2)
        XCTAssertTrue(error.message.hasPrefix("huge.xls: not a Setitec drill-run file"), error.message)
    }

    func testFolderWithBadFilesStillLoadsTheOthers() throws {
        try temp.write("runs/B_ST_1_2.xls", text: SetitecTestFile.text(rows: SetitecTestFile.rows(5)))
        try temp.write("runs/A_ST_1_1.xls", text: SetitecTestFile.text(rows: SetitecTestFile.rows(3)))
        try temp.write("runs/C_notes.xls", text: "just some notes\n")
        try temp.write("runs/D_empty.xls", text: SetitecTestFile.text(rows: []))
        try temp.write("runs/README.txt", text: "drill runs\n")
        let folder = temp.file("runs")
        XCTAssertEqual(DatasetDetector.detect(folder), .signals)
        let dataset = try SignalsReader.read(folder, options: ReadOptions())
        XCTAssertEqual(dataset.items.map(\.id), ["A_ST_1_1.xls", "B_ST_1_2.xls"])
        XCTAssertEqual(dataset.items.map { $0.signal?.sampleCount }, [3, 5])
        XCTAssertEqual(dataset.issues.map(\.text), [
            "C_notes.xls: not a Setitec drill-run file: no \"*** Section ***\" lines and no \"Position (mm)\" data header in the file",
            "D_empty.xls:6: the data table has a header but no rows (no samples)",
        ])
        XCTAssertTrue(dataset.issues.allSatisfy { $0.severity == .error && $0.code == "signal.unreadable" })
    }

    /// Opened by itself, a file that cannot be read is the dataset's error, not an empty dataset.
    func testSingleUnreadableFileIsAReadError() throws {
        let url = try temp.write("notes.xls", text: "just some notes\n")
        XCTAssertEqual(DatasetDetector.detect(url), .signals)
        XCTAssertThrowsError(try SignalsReader.read(url, options: ReadOptions())) { error in
            XCTAssertEqual((error as? ReadError)?.message,
                           "notes.xls: not a Setitec drill-run file: no \"*** Section ***\" lines and no \"Position (mm)\" data header in the file")
        }
    }

    func testFolderWithoutRunsIsAReadError() throws {
        try temp.makeFolder("nothing")
        XCTAssertThrowsError(try SignalsReader.read(temp.file("nothing"), options: ReadOptions())) { error in
            XCTAssertTrue((error as? ReadError)?.message.hasSuffix("nothing: no .xls drill-run files in the folder") == true, "\(error)")
        }
    }
}
