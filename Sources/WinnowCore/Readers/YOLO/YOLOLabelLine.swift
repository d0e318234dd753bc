/// One line of a YOLO label file, its numbers still normalized to the image size:
/// `class cx cy w h`, `class cx cy w h confidence` (Ultralytics' predictions), or
/// `class x1 y1 x2 y2 x3 y3 ...` (a segmentation polygon, read as its bounding box).
struct YOLOLabelLine {
    let classToken: String
    /// nil when the class is not a whole number.
    let classID: Int?
    /// Left, top, width, height as fractions of the image size.
    let box: BoundingBox
    let confidence: Double?
    let isPolygon: Bool
    /// "cx 1.2" for each value outside [0, 1].
    let outOfRange: [String]

    private static let boxNames = ["cx", "cy", "w", "h"]

    static func parse(_ text: String) throws(YOLOLineError) -> YOLOLabelLine {
        let fields = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        let isPolygon = fields.count >= 7 && fields.count % 2 == 1
        guard fields.count == 5 || fields.count == 6 || isPolygon else {
            throw YOLOLineError(message: "has \(fields.count) values; expected 5 (class cx cy w h), 6 (with a confidence) or a polygon (class x1 y1 x2 y2 x3 y3 ...)")
        }
        let names = isPolygon ? polygonNames(fields.count - 1) : Array((boxNames + ["confidence"]).prefix(fields.count - 1))
        var values: [Double] = []
        var outOfRange: [String] = []
        for (name, field) in zip(names, fields.dropFirst()) {
            guard let value = Double(field), value.isFinite else { throw YOLOLineError(message: "\(name) \"\(field)\" is not a number") }
            values.append(value)
            if !(0...1).contains(value) { outOfRange.append("\(name) \(field)") }
        }
        return YOLOLabelLine(
            classToken: fields[0], classID: Int(fields[0]), box: isPolygon ? bounds(values) : centered(values),
            confidence: fields.count == 6 ? values[4] : nil, isPolygon: isPolygon, outOfRange: outOfRange)
    }

    /// In pixels, rounded to 1/1000 px: the file holds fractions with about 6 significant digits,
    /// so this only drops float noise (200.99999999999997 becomes 201).
    func pixelBox(width: Int, height: Int) -> BoundingBox {
        let w = Double(width)
        let h = Double(height)
        return BoundingBox(x: Self.rounded(box.x * w), y: Self.rounded(box.y * h), width: Self.rounded(box.width * w), height: Self.rounded(box.height * h))
    }

    private static func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }

    private static func centered(_ values: [Double]) -> BoundingBox {
        BoundingBox(x: values[0] - values[2] / 2, y: values[1] - values[3] / 2, width: values[2], height: values[3])
    }

    private static func bounds(_ values: [Double]) -> BoundingBox {
        let xs = stride(from: 0, to: values.count, by: 2).map { values[$0] }
        let ys = stride(from: 1, to: values.count, by: 2).map { values[$0] }
        let minX = xs.min()!, minY = ys.min()!
        return BoundingBox(x: minX, y: minY, width: xs.max()! - minX, height: ys.max()! - minY)
    }

    private static func polygonNames(_ count: Int) -> [String] {
        (0..<count).map { "\($0 % 2 == 0 ? "x" : "y")\($0 / 2 + 1)" }
    }
}
