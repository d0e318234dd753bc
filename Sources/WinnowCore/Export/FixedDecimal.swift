/// Values in [0, 1] as whole millionths and as text with exactly six decimals (`0.123457`),
/// without `String(format:)`, which costs more than the rest of a YOLO export together.
enum FixedDecimal {
    static func micros(_ value: Double) -> Int {
        Int((min(1, max(0, value)) * 1_000_000).rounded())
    }

    static func six(micros: Int) -> String {
        let fraction = String(micros % 1_000_000)
        return "\(micros / 1_000_000)." + String(repeating: "0", count: 6 - fraction.count) + fraction
    }
}
