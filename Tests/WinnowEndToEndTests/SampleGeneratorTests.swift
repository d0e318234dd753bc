import Foundation
import XCTest
import WinnowCore

/// The bundled samples are what the generator makes: regenerating them changes no byte.
final class SampleGeneratorTests: XCTestCase {
    private func generate(_ arguments: [String]) throws -> URL {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("winnow-samples-\(UUID().uuidString)")
        let process = Process()
        process.executableURL = WinnowProcess.binary.deletingLastPathComponent().appendingPathComponent("winnow-sample-generator")
        process.arguments = arguments + [out.path]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        return out
    }

    private func assertSameFiles(_ generated: URL, _ committed: URL, file: StaticString = #filePath, line: UInt = #line) throws {
        defer { try? FileManager.default.removeItem(at: generated) }
        let manager = FileManager.default
        let names = try XCTUnwrap(manager.subpathsOfDirectory(atPath: committed.path)).filter { !$0.hasPrefix(".winnow") }.sorted()
        XCTAssertEqual(try manager.subpathsOfDirectory(atPath: generated.path).sorted(), names, file: file, line: line)
        for name in names where !name.hasSuffix("/") {
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: committed.appendingPathComponent(name).path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            XCTAssertEqual(manager.contents(atPath: generated.appendingPathComponent(name).path),
                           manager.contents(atPath: committed.appendingPathComponent(name).path), name, file: file, line: line)
        }
    }

    func testScreenshotSamplesRegenerateByteForByte() throws {
        try assertSameFiles(try generate([]), WinnowProcess.packageRoot.appendingPathComponent("SampleDatasets/screens"))
    }

    /// The drill runs are not stored in git; these are the SHA-256 of the files once committed (and
    /// described run by run in SampleDatasets/README.md), so any change to them shows here.
    static let drillingChecksums = [
        "SAMPLE_BOX-C_ST_3001_1.xls": "423a638c2e4f5740db1ea2c10f80929c4e2c839acf6a353a49e5f99a0569acc3",
        "SAMPLE_BOX-C_ST_3001_2.xls": "af2d81c3f2dd9a0c58620b128d1fe648f99b5753deb9c02fc7db176a955e87f0",
        "SAMPLE_COUPON-A_ST_1001_1.xls": "30259db2c2d4d208225a0efdf73dc98226ebf2568414a1c9f725f6299a00c58f",
        "SAMPLE_COUPON-A_ST_1001_2.xls": "20f420e3f140defc4d7c1aeeaa234171bb96959dc54d8344ccd6f03515a02edb",
        "SAMPLE_COUPON-A_ST_1001_3.xls": "ccf7865c9e02ae80e1c57fa9963180e31f250f4a752636bd7e61a565b3b33c62",
        "SAMPLE_COUPON-B_ST_2001_1.xls": "e41ca9fab48abb2ce37257e4fe4ebb8d32c445ae0c3cb1a92a2af3f13eb189b0",
        "SAMPLE_COUPON-B_ST_2001_2.xls": "ffe64c00d5daece0e23b792043753f0430a0ef3fb4640faa99fbe24536684086",
        "predictions/model.csv": "2d1faaa4e47406afa4d34ff31018be6fae057420638394fb735e866576893e2f",
    ]

    func testDrillingSamplesRegenerateByteForByte() throws {
        let first = try generate(["--drilling"])
        defer { try? FileManager.default.removeItem(at: first) }
        let runs = try FileManager.default.contentsOfDirectory(atPath: first.path).filter { $0.hasSuffix(".xls") }
        let files = (runs + ["predictions/model.csv"]).sorted()
        XCTAssertEqual(files, Self.drillingChecksums.keys.sorted())
        XCTAssertEqual(Set(try FileManager.default.contentsOfDirectory(atPath: first.path)), Set(runs + ["predictions"]))
        for name in files {
            let bytes = try XCTUnwrap(FileManager.default.contents(atPath: first.appendingPathComponent(name).path))
            XCTAssertEqual(SHA256.hex(of: [UInt8](bytes)), Self.drillingChecksums[name], name)
        }
        try assertSameFiles(try generate(["--drilling"]), first)
    }

    /// `swift run winnow` with no path writes the drill runs beside the committed screenshots on first use.
    func testTheWorkstationWritesTheSampleDrillRunsOnFirstUse() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("winnow-home-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: home) }
        for folder in ["Keymaps", "Themes"] {
            try FileManager.default.copyItem(at: WinnowProcess.packageRoot.appendingPathComponent(folder), to: home.appendingPathComponent(folder))
        }
        try FileManager.default.createDirectory(at: home.appendingPathComponent("SampleDatasets"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: WinnowProcess.packageRoot.appendingPathComponent("SampleDatasets/screens"),
                                         to: home.appendingPathComponent("SampleDatasets/screens"))
        let result = try WinnowProcess.run(["review", "--headless", "--keys-string", "q"], environment: ["WINNOW_HOME": home.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        let drilling = home.appendingPathComponent("SampleDatasets/drilling")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: drilling.path).filter { $0.hasSuffix(".xls") }.sorted(),
                       Self.drillingChecksums.keys.filter { $0.hasSuffix(".xls") }.sorted())
        try assertSameFiles(try generate(["--drilling"]), drilling)
    }
}
