import Foundation
import WinnowTestSupport
import XCTest

@testable import WinnowCore

/// Every real Setitec file in ../shared/realdata/setitec, checked against the file itself.
final class SetitecRealFilesTests: XCTestCase {
    private func realFile(_ name: String) throws -> URL { try RealData.url("setitec/\(name)") }

    private func read(_ name: String) throws -> SetitecFile { try SetitecReader.read(fileAt: try realFile(name)).get() }

    private static let version11 = "src__abyss__test_data__data_20241218__23120040_23120040_ST_2412_60.xls"
    private static let semicolonConverted = "test_data__UNK__MQTT_to_XLS_17070141_798.xls"
    private static let tabTwinOfConverted = "test_data__UNK__MQTT_to_XLS_17070141_798a.xls"
    private static let version4Split = "test_data__TUHH__001_V1__V1_004.xls"
    private static let nulByte = "sandbox__abyssml__test_data__17070141_17070141_ST_798_100.xls"
    private static let version8 = "sandbox__examples__data__17070143_17070143_ST_1092_1.xls"

    /// The folder reads as one signal item per file (read once here: the debug build is slow),
    /// and each run's counts and values agree with the file itself.
    func testEveryRealFileLoadsWithTheFilesCountsAndValues() throws {
        let folder = try RealData.url("setitec")
        XCTAssertEqual(DatasetDetector.detect(folder), .signals)
        let dataset = try SignalsReader.read(folder, options: ReadOptions())
        XCTAssertEqual(dataset.format, .signals)
        XCTAssertEqual(dataset.issues, [])
        XCTAssertEqual(dataset.items.map(\.id), DatasetDetector.files(in: folder, withExtension: "xls").map(\.lastPathComponent))
        XCTAssertEqual(dataset.items.count, 184)
        var versions: Set<Int> = []
        for item in dataset.items {
            let name = item.id
            let run = try XCTUnwrap(item.signal, name)
            let raw = try SetitecRawTable(contentsOf: folder.appendingPathComponent(name))
            XCTAssertEqual(run.sampleCount, raw.rowCount, name)
            XCTAssertTrue(run.channels.allSatisfy { $0.values.count == raw.rowCount }, name)
            for (channel, column) in [("Position", "Position (mm)"), ("I Torque", "I Torque (A)")] {
                let values = try XCTUnwrap(run.channel(channel)?.values, name)
                for row in [0, raw.rowCount / 2, raw.rowCount - 1] {
                    XCTAssertEqual(values[row], try XCTUnwrap(raw.value(row: row, column: column)), "\(name) \(channel) row \(row)")
                }
            }
            XCTAssertEqual(run.sampleRate, 100, name)
            versions.insert(try XCTUnwrap(run.firmwareVersion, name))
            XCTAssertEqual(item.readIssues.filter { $0.severity != .info && !["signal.header-mismatch", "signal.group-outlier"].contains($0.code) }, [], name)
        }
        XCTAssertEqual(versions, [4, 7, 8, 9, 11])
        // One run stands far from its group: 10.75 mm against a median of 13.78 over 12 runs.
        XCTAssertEqual(dataset.items.flatMap(\.readIssues).filter { $0.code == "signal.group-outlier" }.map(\.message),
                       ["thickness 10.75 mm, group median 13.78 mm (test_data__TUHH__005_V5__V5, 12 runs)"])
    }

    func testADatasetItemIsASummaryOfItsRun() throws {
        let file = try realFile(Self.version8)
        XCTAssertEqual(DatasetDetector.detect(file), .signals)
        let dataset = try SignalsReader.read(file, options: ReadOptions())
        XCTAssertEqual(dataset.root, file.deletingLastPathComponent())
        let item = try XCTUnwrap(dataset.items.first)
        XCTAssertEqual(item.id, Self.version8)
        XCTAssertEqual(item.kind, .signal)
        XCTAssertEqual(item.path, Self.version8)
        XCTAssertNil(item.imageURL)
        XCTAssertEqual(item.labels.map(\.source), ["auto", "auto", "auto"], "the auto-labeler's events are the run's labels")
        XCTAssertEqual(item.labels.compactMap(\.event?.type), [.entry, .transition, .exit])
        XCTAssertEqual(JSONValue.object(item.metadata), ["version": 8, "date": "2023-12-06:18:00:32", "samples": 1857, "sample_rate": 100])
        XCTAssertEqual(item.signal?.sampleCount, 1857)
    }

    /// Version 11 names "Gap Length (mm)" twice: 10 names over 9 values, bound by position.
    func testVersion11RepeatedHeaderNameIsAWarning() throws {
        let file = try read(Self.version11)
        XCTAssertEqual(file.run.firmwareVersion, 11)
        XCTAssertEqual(file.run.channels.map(\.name), [
            "Position", "I Torque", "I Thrust", "I Torque Empty", "I Thrust Empty", "Step", "Stop code", "Power", "Gap Length",
        ])
        XCTAssertEqual(file.run.metadata["data_columns"]?.arrayValue?.count, 10)
        XCTAssertEqual(file.run.metadata["data_columns"]?.arrayValue?.suffix(2), ["Gap Length (mm)", "Gap Length (mm)"])
        let mismatch = try XCTUnwrap(file.issues.first { $0.code == "signal.header-mismatch" })
        XCTAssertEqual(mismatch.severity, .warning)
        XCTAssertEqual(mismatch.location, "\(Self.version11):50")
        XCTAssertEqual(mismatch.message,
                       "the data header names 10 columns but rows hold 9 values; bound by position, no values for \"Gap Length (mm)\"")
        XCTAssertEqual(file.run.sampleCount, 135)
    }

    /// A one-step v11 run whose step 0 is switched off in the Program table (feed per turn `Inf`).
    func testOneStepRunWithAStepSwitchedOff() throws {
        let run = try read(Self.version11).run
        XCTAssertEqual(Set(try XCTUnwrap(run.step)), [1])
        let program = try XCTUnwrap(run.metadata["Program"]?.arrayValue)
        XCTAssertEqual(program.map { $0["Step On/Off"] }, [0, 1])
        XCTAssertEqual(try program.element(0)["Feed (mm/tr)"], "Inf")
        XCTAssertEqual(try program.element(1)["Stroke (mm)"], 5)
        XCTAssertEqual(try program.element(1)["Feed (mm/s)"], 3.333)
        let stepResults = try XCTUnwrap(run.metadata["Step Results"]?.arrayValue)
        XCTAssertEqual(stepResults.count, 1)
        XCTAssertEqual(try stepResults.element(0)["Stop Code"], 64)
        XCTAssertEqual(try stepResults.element(0)["Duration (s)"], 1.92)
        XCTAssertEqual(run.metadata["External Infos"]?["00"], "MSN11348")
    }

    func testVersion4OneStepRun() throws {
        let run = try read("test_data__TUHH__009_V9__V9_001.xls").run
        XCTAssertEqual(run.firmwareVersion, 4)
        XCTAssertEqual(Set(try XCTUnwrap(run.step)), [4])
        let program = try XCTUnwrap(run.metadata["Program"]?.arrayValue)
        XCTAssertEqual(program.map { $0["Step On/Off"] }, [0, 0, 0, 0, 1])
        XCTAssertNil(run.metadata["Step Results"], "version 4 has no Step Results section")
    }

    /// The `;` file a MQTT-to-XLS converter wrote holds the same run as its tab twin, with dot decimals.
    func testSemicolonConvertedFileMatchesItsTabTwin() throws {
        let converted = try read(Self.semicolonConverted)
        let twin = try read(Self.tabTwinOfConverted)
        XCTAssertEqual(converted.run.sampleCount, 1924)
        XCTAssertEqual(converted.run.channel("Position")?.values.first, -0.654)
        XCTAssertEqual(converted.run.channel("Position")?.values.last, -32.029)
        for name in ["Position", "I Torque", "I Thrust", "I Torque Empty", "Step"] {
            XCTAssertEqual(converted.run.channel(name)?.values, twin.run.channel(name)?.values, name)
        }
        XCTAssertEqual(converted.run.metadata["Motor Datas"]?["Motor M2 Ratio"], 0.947)
        XCTAssertEqual(converted.run.metadata["General Infos"]?["Date"], "2024-05-08T17:51:30Z")
        let mismatch = try XCTUnwrap(converted.issues.first { $0.code == "signal.header-mismatch" })
        XCTAssertEqual(mismatch.location, "\(Self.semicolonConverted):47")
        XCTAssertTrue(mismatch.message.hasPrefix("the data header names 13 columns but rows hold 9 values"), mismatch.message)
        XCTAssertFalse(twin.issues.contains { $0.code == "signal.header-mismatch" })
        // Its Program header runs two names together: 21 names over 22 values.
        let program = try XCTUnwrap(converted.issues.first { $0.code == "signal.section-mismatch" })
        XCTAssertEqual(program.text, "\(Self.semicolonConverted):34: Program: the header names 21 fields but this line holds 22 values; bound by position")
    }

    /// v4 Control Box Datas: 9 names, 47 blank lines, then a line that repeats the 9th name and adds 3.
    func testVersion4HeaderSplitAcross47BlankLines() throws {
        let file = try read(Self.version4Split)
        let box = try XCTUnwrap(file.run.metadata["Control Box Datas"]?.objectValue)
        XCTAssertEqual(box.keys, [
            "BOX Name", "BOX Type", "BOX SN", "BOX STSE", "BOX Customer Info", "BOX Release", "BOX Firmware Version",
            "BOX Production Date", "BOX Maintenance Date", "BOX Operation Time", "BOX Power Supply Limit", "BOX Lub Pump Coef.",
        ])
        XCTAssertEqual(box["BOX Name"], "NI-sbRIO-9607-01e60d78")
        XCTAssertEqual(box["BOX Maintenance Date"], "01/01/2016")
        XCTAssertEqual(box["BOX Operation Time"], 461)
        XCTAssertEqual(box["BOX Lub Pump Coef."], 1)
        XCTAssertEqual(file.run.metadata["Motor Datas"]?["Motor Name"], "SRA")
        XCTAssertEqual(file.issues, [Issue(
            .info, "signal.split-header", "Control Box Datas: header line continues on line 54 after 47 blank lines; joined",
            location: "\(Self.version4Split):6")])
        XCTAssertEqual(file.run.channels.map(\.unit), ["mm", "A", "A", "A", "A", "nb", "", "A", "A", "rpm", "mm/s", "W"])
        XCTAssertEqual(file.run.channel("Rotation Speed")?.values.first, -3970.433)
    }

    func testNULByteInAHeaderValueIsRemovedAndNoted() throws {
        let file = try read(Self.nulByte)
        XCTAssertEqual(file.run.metadata["Motor Datas"]?["Motor Name"], "Light_EDU")
        XCTAssertEqual(file.issues.first { $0.code == "signal.nul-bytes" }?.text,
                       "\(Self.nulByte): 1 header cells held NUL bytes; removed (line 11)")
    }

    /// `Pset n°` is written with a Latin-1 degree sign (0xB0); one file was re-saved as UTF-8 with
    /// a replacement character in its place.
    func testLatin1AndResavedUTF8Names() throws {
        let pset = try XCTUnwrap(try read(Self.version4Split).run.metadata["Pset"]?.objectValue)
        XCTAssertEqual(pset.keys, ["Pset Type", "Pset n°", "Version"])
        XCTAssertEqual(pset["Pset n°"], 0)
        let resaved = try read("sandbox__examples__data__20110019_20110019_ST_490_3.xls").run
        XCTAssertEqual(resaved.metadata["Pset"]?.objectValue?.keys, ["Pset Type", "Pset n\u{FFFD}", "Version"])
    }

    func testMetadataOfAVersion8Run() throws {
        let run = try read(Self.version8).run
        XCTAssertEqual(run.metadata["version"], 8)
        XCTAssertEqual(run.metadata["date"], "2023-12-06:18:00:32")
        XCTAssertEqual(run.metadata["sample_rate"], 100)
        XCTAssertEqual(run.metadata.keys, [
            "version", "date", "sample_rate", "data_columns", "General Infos", "Control Box Datas", "Motor Datas", "Head Datas",
            "Pset", "Cycle Parameters", "Program", "Results", "Step Results",
        ])
        XCTAssertEqual(run.metadata["General Infos"]?["Drilling Cycle ID"], 3433374880)
        XCTAssertEqual(run.metadata["Motor Datas"]?["Motor Name"], "")
        XCTAssertEqual(run.metadata["Motor Datas"]?["Motor M2 Ratio"], 21.923)
        XCTAssertEqual(run.metadata["Head Datas"]?["Customer Info"], "ST00010049")
        let cycle = try XCTUnwrap(run.metadata["Cycle Parameters"]?.objectValue)
        XCTAssertEqual(cycle["Retract Feed (m/s)"], 13.684)
        XCTAssertEqual(cycle["Comment"], "")
        XCTAssertEqual(cycle["Lub Preload Lub Flow"], 30)
        XCTAssertEqual(run.metadata["Results"]?["Cycle OK"], "True")
        XCTAssertEqual(run.metadata["Results"]?["Cycle Time (s)"], 25.6)
        XCTAssertEqual(run.metadata["Program"]?.arrayValue?.map { $0["Stroke (mm)"] }, [10, 3.5, 20, 40])
        XCTAssertEqual(run.metadata["Step Results"]?.arrayValue?.map { $0["Stop Code"] }, [1, 64, 2048, 8])
        XCTAssertEqual(run.channels.map(\.name), [
            "Position", "I Torque", "I Thrust", "I Torque Empty", "I Thrust Empty", "Step", "Stop code", "Mem Torque min",
            "Mem Thrust min", "Torque Power", "Gap Length",
        ])
        XCTAssertEqual(run.totalTorque?.first ?? 0, -0.049 + 5.811, accuracy: 1e-12)
    }

    func testControllerClockNotSetIsNoted() throws {
        let name = "test_data__HAM_lower__E00401006B6B2977_113-V3-022_ST_2193_63.xls"
        XCTAssertEqual(try read(name).issues, [Issue(
            .info, "signal.clock-not-set", "date 1970-01-01:06:38:39 is in 1970: the controller's clock was not set", location: "\(name):1")])
    }
}
