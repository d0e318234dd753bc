/// Problems planted on purpose so that readers, validators and the review UI have something
/// real to catch. README.md in SampleDatasets lists where each one is.
enum DeliberateDefect: String {
    /// A template-matching box that hangs over the image's right edge.
    case boxPartlyOutside = "box_partly_outside"
    /// A box with width 0.
    case zeroAreaBox = "zero_area_box"
    /// Two boxes of one category on one widget, IoU > 0.9.
    case nearDuplicateBoxes = "near_duplicate_boxes"
    /// The manifest and annotation name an image that is not in `images/`.
    case missingImageFile = "missing_image_file"
    /// Width and height written as 0: readers must take them from the PNG header.
    case unknownImageSize = "unknown_image_size"
}
