import Foundation
import WinnowCore
import WinnowImaging

/// Image problems the labels cannot show: `validate` decodes every image; `summary` decodes them
/// too (on every core) up to `summaryDecodeLimit` images, and above it reads each one's first bytes,
/// which finds the files of formats Winnow cannot decode (WebP, GIF, ...) without decoding.
package enum ImageCheck {
    package static let summaryDecodeLimit = 5_000

    /// The problems `summary` counts, and whether every image was decoded to find them.
    package static func summaryProblems(_ items: [ReviewItem]) -> (problems: [[Issue]], decoded: Bool) {
        let images = items.reduce(0) { $0 + ($1.hasImage ? 1 : 0) }  // counted, not copied
        guard images <= summaryDecodeLimit else {
            // 100k opens: on every core too, each handed its image's path (an item copied per check cost a fifth of it).
            return (items.map(\.imagePath).concurrentMap { $0.map(formatProblems(ofFile:)) ?? [] }, false)
        }
        return (items.concurrentMap { decodeProblems($0) }, true)
    }

    package static func decodeProblems(_ item: ReviewItem) -> [Issue] {
        guard let url = existingImage(item) else { return [] }
        do {
            _ = try ImageDecoder.decode(fileAt: url.path)
            return []
        } catch {
            return [issue(error)]
        }
    }

    /// A missing file reads as no bytes and no problem here: the validator reports it missing.
    package static func formatProblems(ofFile path: String) -> [Issue] {
        guard let error = ImageDecoder.unsupportedFormat(ofFile: path) else { return [] }
        return [issue(error)]
    }

    private static func existingImage(_ item: ReviewItem) -> URL? {
        guard let url = item.imageURL, FileManager.default.fileExists(atPath: url.path) else { return nil }
        return url
    }

    private static func issue(_ error: ImageDecodeError) -> Issue { Issue(.error, "image.undecodable", error.description) }
}
