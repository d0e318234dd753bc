import Foundation
import XCTest

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

    func testDrillingSamplesRegenerateByteForByte() throws {
        try assertSameFiles(try generate(["--drilling"]), WinnowProcess.packageRoot.appendingPathComponent("SampleDatasets/drilling"))
    }
}
