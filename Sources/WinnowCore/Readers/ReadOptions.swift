import Foundation

/// What the user said about how to read a path: `--format` and `--images`.
public struct ReadOptions: Sendable {
    public var format: DatasetFormat?
    public var imagesDirectory: URL?

    public init(format: DatasetFormat? = nil, imagesDirectory: URL? = nil) {
        self.format = format
        self.imagesDirectory = imagesDirectory
    }
}
