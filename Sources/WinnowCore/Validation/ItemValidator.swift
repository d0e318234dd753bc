import Foundation

/// Finds what is wrong with one item: its reader's issues plus checks of the image and boxes.
/// Codes are stable: filters, exports and the validation pane refer to them.
///
/// - `image.missing` (error): the image file is not there.
/// - `image.size-unknown` (warning): neither labels nor header gave a size, so boxes cannot be checked against it.
/// - `box.invalid` (error): a coordinate is NaN/infinite, or the width or height is negative.
/// - `box.zero-area` (error): width or height is 0.
/// - `box.outside` (warning): the box reaches past the image edge; the message says how far.
/// - `box.near-duplicate` (warning): two boxes of one category overlap with IoU > 0.9.
/// - drill runs: `signal.*` from `SignalValidator`.
public enum ItemValidator {
    public static let nearDuplicateIoU = 0.9

    public static func issues(for item: ReviewItem) -> [Issue] {
        var issues = item.readIssues
        if let run = item.signal {
            return issues + SignalValidator.issues(for: run, events: item.labels.compactMap(\.event))
        }
        issues += imageIssues(item)
        for index in item.labels.indices {  // by position: a label copied per box was a tenth of the check
            guard let box = item.labels[index].bbox else { continue }
            if let issue = geometryIssue(describe(item.labels[index]), box, in: item) { issues.append(issue) }
        }
        issues += nearDuplicateIssues(item)
        return issues
    }

    private static func imageIssues(_ item: ReviewItem) -> [Issue] {
        guard item.kind == .screenshot || item.kind == .pair else { return [] }
        var issues: [Issue] = []
        if !item.imageSeen, item.imagePath.map(SystemCalls.exists) != true {
            issues.append(Issue(.error, "image.missing", "image file \(item.path) is missing", location: item.path))
        }
        if item.width <= 0 || item.height <= 0 {
            issues.append(Issue(.warning, "image.size-unknown", "image size is unknown; boxes cannot be checked against it", location: item.path))
        }
        return issues
    }

    /// At most one geometry issue per box: the first that applies, most severe first.
    /// `name` is built only for a box with an issue.
    private static func geometryIssue(_ describeLabel: @autoclosure () -> String, _ box: BoundingBox, in item: ReviewItem) -> Issue? {
        var name: String { describeLabel() }
        if !box.isFinite {
            return Issue(.error, "box.invalid", "\(name) has a coordinate that is not a number", location: item.path)
        }
        if box.width < 0 || box.height < 0 {
            return Issue(.error, "box.invalid", "\(name) has negative size \(format(box.width))x\(format(box.height))", location: item.path)
        }
        if box.width == 0 || box.height == 0 {
            return Issue(.error, "box.zero-area", "\(name) has zero area (\(format(box.width))x\(format(box.height)))", location: item.path)
        }
        if item.width > 0, item.height > 0, !box.isInside(width: item.width, height: item.height) {
            let overshoot = overshootDescription(box, width: Double(item.width), height: Double(item.height))
            return Issue(.warning, "box.outside", "\(name) extends \(overshoot) of the \(item.width)x\(item.height) image", location: item.path)
        }
        return nil
    }

    /// "12 px past the right edge and 3 px past the top"
    private static func overshootDescription(_ box: BoundingBox, width: Double, height: Double) -> String {
        let sides: [(String, Double)] = [
            ("left edge", -box.x), ("top", -box.y), ("right edge", box.maxX - width), ("bottom", box.maxY - height),
        ]
        let parts = sides.filter { $0.1 > 0 }.map { "\(format($0.1)) px past the \($0.0)" }
        return parts.joined(separator: " and ")
    }

    static func describe(_ label: Label) -> String { "label \(label.id) (\(label.category))" }

    static func format(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int64(value)) : String(format: "%.2f", value)
    }
}
