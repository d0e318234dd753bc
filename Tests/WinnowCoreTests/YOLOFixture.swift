import Foundation
import WinnowTestSupport
import WinnowImaging

@testable import WinnowCore

/// A YOLO dataset built in a temporary folder at test time: real PNGs of chosen sizes, label
/// files and data.yaml.
final class YOLOFixture {
    let folder: TemporaryFolder

    init() throws { folder = try TemporaryFolder() }

    var url: URL { folder.url }

    func file(_ relative: String) -> URL { folder.file(relative) }

    /// A real PNG (one grey color) of `width` x `height` pixels.
    @discardableResult
    func png(_ relative: String, width: Int, height: Int) throws -> URL {
        let image = RGBAImage(width: width, height: height, pixels: Array(repeating: 128, count: width * height * 4))
        return try folder.write(relative, bytes: try PNGEncoder.encode(image))
    }

    @discardableResult
    func text(_ relative: String, _ text: String) throws -> URL { try folder.write(relative, text: text) }

    /// Reads the fixture folder (or a path inside it) with the YOLO reader.
    func read(_ relative: String? = nil) throws -> Dataset {
        try YOLOReader.read(relative.map { url.appendingPathComponent($0) } ?? url)
    }
}
