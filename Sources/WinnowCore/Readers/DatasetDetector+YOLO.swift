import Foundation

extension DatasetDetector {
    static let yoloConfigName = "data.yaml"
    /// Dataset configs are a few kilobytes; anything far bigger is some other YAML.
    private static let yamlPeekLimit = 1 << 20

    /// The YOLO config of a folder: its `data.yaml`, else its only YAML file that looks like one.
    /// A `data.yaml` link to a missing file still counts: the reader reports it and goes on.
    static func yoloConfig(in folder: URL) -> URL? {
        let named = folder.appendingPathComponent(yoloConfigName)
        let isLink = (try? FileManager.default.destinationOfSymbolicLink(atPath: named.path)) != nil
        if isLink || FileManager.default.fileExists(atPath: named.path), !isFolder(named) { return named }
        let candidates = yamlFiles(in: folder).filter(looksLikeYOLOConfig)
        return candidates.count == 1 ? candidates[0] : nil
    }

    static func yamlFiles(in folder: URL) -> [URL] {
        files(in: folder, withExtension: "yaml") + files(in: folder, withExtension: "yml")
    }

    /// `data.yaml` by name, or a YAML mapping with `names` and `train` keys.
    static func looksLikeYOLOConfig(_ url: URL) -> Bool {
        if url.lastPathComponent == yoloConfigName { return true }
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? nil
        guard let size, size <= yamlPeekLimit, let data = DataFile.bytes(url) else { return false }
        let root = YAMLParser.parse(data).root
        return root?.entry("names") != nil && root?.entry("train") != nil
    }
}
