/// What the duplicate finder knows of one image: the caller's key for it (say, its index in
/// the export), the content hash of its bytes (exact copies) and its perceptual hash (near
/// copies). Either hash may be missing, e.g. no perceptual hash for an image that did not decode.
public struct ImageFingerprint: Sendable, Equatable {
    public var key: Int
    public var contentHash: String?
    public var perceptualHash: UInt64?

    public init(key: Int, contentHash: String? = nil, perceptualHash: UInt64? = nil) {
        self.key = key
        self.contentHash = contentHash
        self.perceptualHash = perceptualHash
    }
}
