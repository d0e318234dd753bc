import Foundation
import WinnowApp
import WinnowCore
import WinnowImaging
import WinnowSamples

/// `winnow-bench generate --kind coco|screens|signals|text --items N --out DIR`: the data the
/// figures are measured on, so anyone can make the same files and time any tool on them.
enum BenchGenerator {
    enum Kind: String, CaseIterable { case coco, screens, signals, text }

    static let usage = "winnow-bench generate --kind coco|screens|signals|text --items N --out DIR"

    static func run(_ arguments: [String]) throws(CLIError) -> ExitCode {
        let args = try ParsedArguments(arguments, valued: ["kind", "items", "out"], flags: [], command: "bench")
        guard let kind = args["kind"].flatMap(Kind.init(rawValue:)) else { throw .usage("--kind takes coco, screens, signals or text", command: "bench") }
        guard let items = args["items"].flatMap({ Int($0) }), items > 0 else { throw .usage("--items takes a number", command: "bench") }
        guard let out = args["out"] else { throw .usage("--out takes a folder", command: "bench") }
        let path = try generate(kind, items: items, in: URL(fileURLWithPath: out))
        print(path.path)
        return .ok
    }

    /// Writes the data into `folder` (made if missing) and returns what to open.
    static func generate(_ kind: Kind, items: Int, in folder: URL) throws(CLIError) -> URL {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            switch kind {
            case .coco: return try COCOBenchFile.write(images: items, in: folder)
            case .screens: return try ManifestBenchFolder.write(items: items, in: folder)
            case .text: return try TextBenchFile.write(count: items, to: folder.appendingPathComponent("examples.jsonl")).file
            case .signals:
                for run in CalibrationCatalog.runs(count: items, seed: 2026) {
                    try run.bytes.write(to: folder.appendingPathComponent(run.fileName))
                }
                return folder
            }
        } catch let error as CLIError {
            throw error
        } catch {
            throw .unreadable("cannot write the bench data in \(folder.path): \(error)")
        }
    }

    /// A 1920x1080 PNG of a flat colour that the images of a generated dataset are hard links to:
    /// one copy per 30,000 images: ext4 allows 65,000 links to a file, and an export links each image again.
    static func sharedImage(for image: Int, in folder: URL) throws -> URL {
        let first = folder.appendingPathComponent(".bench-image.png")
        if !FileManager.default.fileExists(atPath: first.path) {
            let pixel: [UInt8] = [200, 210, 220, 255]
            let pixels = (0..<1920 * 1080 * 4).map { pixel[$0 % 4] }
            try PNGEncoder.write(RGBAImage(width: 1920, height: 1080, pixels: pixels), to: first.path)
        }
        let copy = image / 30_000
        guard copy > 0 else { return first }
        let url = folder.appendingPathComponent(".bench-image-\(copy).png")
        if !FileManager.default.fileExists(atPath: url.path) { try FileManager.default.copyItem(at: first, to: url) }
        return url
    }

    /// Hard links `folder/name` to the shared image for image `n`.
    static func linkImage(_ n: Int, at path: String, in folder: URL) throws {
        guard link(try sharedImage(for: n, in: folder).path, path) == 0 || errno == EEXIST else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path, NSUnderlyingErrorKey: POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)])
        }
    }
}
