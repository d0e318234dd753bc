/// `--split 0.7,0.2,0.1`: the share of groups each split gets, named train, val, test in order.
public struct SplitRatios: Equatable, Sendable {
    public static let names = ["train", "val", "test"]
    public let fractions: [Double]

    public var names: [String] { Array(Self.names.prefix(fractions.count)) }

    public init(parsing text: String) throws(ExportError) {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        let values = parts.compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard values.count == parts.count, (2...3).contains(values.count) else {
            throw ExportError("--split takes two or three fractions (train,val[,test]), like 0.7,0.2,0.1; got '\(text)'")
        }
        guard values.allSatisfy({ $0.isFinite && $0 >= 0 }), abs(values.reduce(0, +) - 1) < 1e-6 else {
            throw ExportError("--split fractions must be at least 0 and add up to 1; '\(text)' adds up to \(values.reduce(0, +))")
        }
        fractions = values
    }

    /// The split a point of [0, 1) falls in, the fractions laid end to end.
    public func split(at unit: Double) -> Int {
        var end = 0.0
        for (index, fraction) in fractions.enumerated() {
            end += fraction
            if unit < end { return index }
        }
        return fractions.lastIndex { $0 > 0 } ?? 0
    }
}
