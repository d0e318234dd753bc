import Foundation

/// The fuzzing process's own temporary folder, where file-reading targets lay out a dataset around
/// the input. Fixed parts (a small PNG) come from the project's samples.
enum ScratchFolder {
    static let root: URL = {
        var template = Array((NSTemporaryDirectory() + "/winnow-fuzz-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else { fatalError("cannot make a temporary folder") }
        return URL(fileURLWithPath: String(cString: made))
    }()

    static let projectRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// `relative` under the scratch folder, its folders made; `bytes` written when given.
    @discardableResult
    static func file(_ relative: String, _ bytes: [UInt8]? = nil) -> URL {
        let url = root.appendingPathComponent(relative)
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        if let bytes { FileManager.default.createFile(atPath: url.path, contents: Data(bytes)) }
        return url
    }

    static func folder(_ relative: String) -> URL {
        let url = root.appendingPathComponent(relative)
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static let samplePNG: [UInt8] = {
        let images = projectRoot.appendingPathComponent("SampleDatasets/screens/images")
        let first = (try? FileManager.default.contentsOfDirectory(atPath: images.path))?.sorted().first ?? ""
        return (try? [UInt8](Data(contentsOf: images.appendingPathComponent(first)))) ?? []
    }()
}
