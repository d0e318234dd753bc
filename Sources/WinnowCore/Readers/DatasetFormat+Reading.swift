import Foundation

extension DatasetFormat {
    /// Reads one dataset of this format. A folder of datasets is `WorkspaceLoader`'s job.
    func readDataset(at url: URL, options: ReadOptions) throws(ReadError) -> Dataset {
        switch self {
        case .screenshots: return try ScreenshotDatasetReader.read(url, options: options)
        case .coco: return try COCOReader.read(url, options: options)
        case .voc: return try VOCReader.read(url, options: options)
        case .yolo: return try YOLOReader.read(url, options: options)
        case .signals: return try SignalsReader.read(url, options: options)
        case .text: return try TextDatasetReader.read(url, options: options)
        case .pairs: return try PairDatasetReader.read(url, options: options)
        case .workspace: throw ReadError("\(url.path): a folder of datasets is not a single dataset")
        }
    }
}
