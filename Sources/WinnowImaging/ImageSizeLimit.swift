/// The largest image Winnow decodes: 100 megapixels (400 MB of RGBA). Real screenshots are far
/// smaller; a header claiming more is either damaged or hostile.
enum ImageSizeLimit {
    static let maxPixels = 100_000_000

    static func check(width: Int, height: Int, path: String, format: String) throws(ImageDecodeError) {
        guard width > 0, height > 0 else {
            throw ImageDecodeError(path: path, reason: "corrupt \(format): image size \(width)x\(height)", kind: .corrupt)
        }
        let (pixels, overflow) = width.multipliedReportingOverflow(by: height)
        guard !overflow, pixels <= maxPixels else {
            throw ImageDecodeError(
                path: path, reason: "\(format) image is too large (\(width)x\(height), limit \(maxPixels) pixels)",
                kind: .tooLarge)
        }
    }
}
