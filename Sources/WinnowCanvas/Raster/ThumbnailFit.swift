/// How big to scale a screenshot for a pane. Half-block pixels are square (two per 1:2
/// cell), so a pane of C columns and R rows holds up to C x 2R pixels.
public enum ThumbnailFit {
    /// The largest pixel size within `columns` x `rows * 2` that keeps the image's aspect
    /// ratio (rounded, at least 1x1). Images grow to fill the pane too. A zero-size image or
    /// pane gives 0x0.
    public static func pixelSize(imageWidth: Int, imageHeight: Int, columns: Int, rows: Int) -> (width: Int, height: Int) {
        let maxWidth = columns, maxHeight = rows * 2
        guard imageWidth > 0, imageHeight > 0, maxWidth > 0, maxHeight > 0 else { return (0, 0) }
        if imageWidth * maxHeight >= imageHeight * maxWidth {
            return (maxWidth, max(1, roundedRatio(imageHeight * maxWidth, imageWidth)))
        }
        return (max(1, roundedRatio(imageWidth * maxHeight, imageHeight)), maxHeight)
    }

    /// numerator / denominator rounded half up (both positive). Within bounds because the
    /// unrounded value already is.
    private static func roundedRatio(_ numerator: Int, _ denominator: Int) -> Int {
        (2 * numerator + denominator) / (2 * denominator)
    }
}
