/// The checks every prediction format applies to a box.
enum PredictionBoxCheck {
    /// `[x, y, width, height]` of finite numbers with width and height not negative, else nil.
    static func box(_ numbers: [Double?]?) -> BoundingBox? {
        guard let numbers, numbers.count == 4 else { return nil }
        let values = numbers.compactMap { $0 }
        guard values.count == 4, values.allSatisfy(\.isFinite), values[2] >= 0, values[3] >= 0 else { return nil }
        return BoundingBox(x: values[0], y: values[1], width: values[2], height: values[3])
    }
}
