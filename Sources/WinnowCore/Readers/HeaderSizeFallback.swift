import Foundation

/// Fills in an item's size from its image header when the labels gave none (or 0x0), and notes
/// that it did. When the header cannot be read either, the size stays 0 and validation reports it.
enum HeaderSizeFallback {
    static func apply(to item: inout ReviewItem) {
        guard item.width <= 0 || item.height <= 0, let url = item.imageURL,
            let size = ImageHeader.size(of: url)
        else { return }
        let recorded = "\(item.width)x\(item.height)"
        item.width = size.width
        item.height = size.height
        item.readIssues.append(
            Issue(
                .info, "size.from-header",
                "image size \(recorded) in the labels; used \(size.width)x\(size.height) from the image header",
                location: item.path))
    }
}
