import Foundation

/// `--predictions`, `--iou` and `--names`: which detector output to read beside a dataset.
public struct PredictionOptions: Sendable {
    public var sources: [PredictionSource]
    public var iouThreshold: Double
    /// Class names for YOLO prediction labels: a `data.yaml`, or a text file with one name per line.
    public var classNames: URL?

    public init(sources: [PredictionSource], iouThreshold: Double = 0.5, classNames: URL? = nil) {
        self.sources = sources
        self.iouThreshold = iouThreshold
        self.classNames = classNames
    }
}
