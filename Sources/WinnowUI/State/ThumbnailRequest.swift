import Foundation

/// Decode this image into a thumbnail of this size (run off the UI thread by the effect runner).
public struct ThumbnailRequest: Equatable, Sendable {
    public var key: ThumbnailKey
    public var url: URL
}
