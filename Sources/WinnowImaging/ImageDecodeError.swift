/// Why an image file could not be turned into pixels. Printed as `<path>: <reason>`, the
/// `file: what is wrong` form every Winnow reader uses for binary files.
public struct ImageDecodeError: Error, CustomStringConvertible, Equatable, Sendable {
    /// What kind of failure, so callers can treat "not supported" apart from "broken".
    public enum Kind: Sendable, Equatable {
        /// The file could not be read at all (missing, a directory, no permission).
        case unreadable
        /// A real image in a format Winnow does not decode (WebP, GIF, BMP, TIFF, unknown).
        case unsupportedFormat
        /// A PNG or JPEG whose data is damaged, truncated or empty.
        case corrupt
        /// Dimensions beyond what Winnow will allocate for.
        case tooLarge
    }

    public let path: String
    public let reason: String
    public let kind: Kind

    public init(path: String, reason: String, kind: Kind) {
        self.path = path
        self.reason = reason
        self.kind = kind
    }

    public var description: String { "\(path): \(reason)" }
}
