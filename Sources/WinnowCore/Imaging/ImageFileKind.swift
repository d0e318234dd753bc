/// The image formats whose header Winnow can read without decoding, told apart by their signature.
public enum ImageFileKind: String, Sendable {
    case png, jpeg, webp, gif

    /// The usual file extension, so a copy is named for what it holds whatever its source was called.
    public var fileExtension: String {
        switch self {
        case .png: "png"
        case .jpeg: "jpg"
        case .webp: "webp"
        case .gif: "gif"
        }
    }
}
