import Foundation
@testable import WinnowCore

/// Targets for readers of files: the input is laid out as the file a dataset of that format holds
/// and the dataset is read as `winnow summary` would read it.
extension FuzzTarget {
    /// Read twice: the second open comes from the index cache and must give the same items.
    static func coco(_ bytes: [UInt8]) {
        let file = ScratchFolder.file("coco/annotations.json", bytes)
        ScratchFolder.file("coco/a.png", ScratchFolder.samplePNG)
        let state = ScratchFolder.folder("coco-state")
        try? FileManager.default.removeItem(at: state)
        var options = ReadOptions(format: .coco)
        options.stateDirectory = state
        options.indexCacheMinimumBytes = 0
        guard let first = try? COCOReader.read(file, options: options) else { return }
        guard let second = try? COCOReader.read(file, options: options) else { fatalError("the cached open failed") }
        if first.items.map(\.id) != second.items.map(\.id) || first.items.map(\.labels.count) != second.items.map(\.labels.count) {
            fatalError("the cached open differs from the first")
        }
        let predictions = ScratchFolder.file("coco-predictions/predictions.json", bytes)
        _ = try? WorkspaceLoader.load(path: file.path, options: ReadOptions(format: .coco, predictions: PredictionOptions(sources: [PredictionSource(name: "model", url: predictions)])))
    }

    /// The input as a screenshot annotation file, as the manifest, and as a pair session's metadata and training log.
    static func screens(_ bytes: [UInt8]) {
        ScratchFolder.file("screens/manifest.jsonl", Array(#"{"image_id":"a","image":"images/a.png","annotations":"annotations/a.json","width":4,"height":4}"#.utf8))
        ScratchFolder.file("screens/images/a.png", ScratchFolder.samplePNG)
        ScratchFolder.file("screens/annotations/a.json", bytes)
        read("screens", .screenshots)
        ScratchFolder.file("manifest/images/a.png", ScratchFolder.samplePNG)
        ScratchFolder.file("manifest/manifest.jsonl", bytes)
        read("manifest", .screenshots)
        let session = "session-2025-01-15T10-30-45-123Z"
        ScratchFolder.file("pairs/\(session)/original-2025-01-15T10-30-45-123Z.png", ScratchFolder.samplePNG)
        ScratchFolder.file("pairs/\(session)/reimagined-2025-01-15T10-30-45-123Z.png", ScratchFolder.samplePNG)
        ScratchFolder.file("pairs/\(session)/metadata-2025-01-15T10-30-45-123Z.json", bytes)
        ScratchFolder.file("pairs/training-log.jsonl", bytes)
        read("pairs", .pairs)
    }

    static func csv(_ bytes: [UInt8]) { text(bytes, name: "examples.csv") }

    /// The input is the gold file and its own predictions.
    static func conll(_ bytes: [UInt8]) {
        let gold = ScratchFolder.file("conll/gold.conll", bytes)
        let predicted = ScratchFolder.file("conll-predictions/predicted.conll", bytes)
        _ = try? WorkspaceLoader.load(path: gold.path, options: ReadOptions(format: .text, predictions: PredictionOptions(sources: [PredictionSource(name: "model", url: predicted)])))
    }

    static func textJSON(_ bytes: [UInt8]) {
        text(bytes, name: "examples.json")
        text(bytes, name: "examples.jsonl")
    }

    static func voc(_ bytes: [UInt8]) {
        _ = VOCXMLParser.parse(Data(bytes))
        ScratchFolder.file("voc/a.png", ScratchFolder.samplePNG)
        ScratchFolder.file("voc/a.xml", bytes)
        read("voc", .voc)
    }

    /// The input as a label file and as `data.yaml`.
    static func yolo(_ bytes: [UInt8]) {
        ScratchFolder.file("yolo/data.yaml", Array("path: .\ntrain: images/train\nval: images/train\nnames:\n  0: button\n  1: field\n".utf8))
        ScratchFolder.file("yolo/images/train/a.png", ScratchFolder.samplePNG)
        ScratchFolder.file("yolo/labels/train/a.txt", bytes)
        read("yolo", .yolo)
        ScratchFolder.file("yaml/data.yaml", bytes)
        ScratchFolder.file("yaml/images/train/a.png", ScratchFolder.samplePNG)
        read("yaml", .yolo)
    }

    /// The input as a dataset's journal, replayed as a session opening it would.
    static func journal(_ bytes: [UInt8]) {
        ScratchFolder.file("journal-state/journal.jsonl", bytes)
        let session = CurationSession(workspace: journalWorkspace, reviewer: "fuzz", stateOverride: ScratchFolder.folder("journal-state"))
        _ = session.problems
    }

    private static let journalWorkspace: Workspace = {
        let folder = ScratchFolder.projectRoot.appendingPathComponent("SampleDatasets/screens")
        guard let workspace = try? WorkspaceLoader.load(path: folder.path, options: ReadOptions()) else { fatalError("cannot read the screens sample") }
        return workspace
    }()

    private static func text(_ bytes: [UInt8], name: String) {
        let file = ScratchFolder.file("text/\(name)", bytes)
        _ = try? WorkspaceLoader.load(path: file.path, options: ReadOptions(format: .text))
    }

    private static func read(_ folder: String, _ format: DatasetFormat) {
        _ = try? WorkspaceLoader.load(path: ScratchFolder.folder(folder).path, options: ReadOptions(format: format))
    }
}
