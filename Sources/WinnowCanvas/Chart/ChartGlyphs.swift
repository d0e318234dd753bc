/// The characters chart furniture is drawn with, as box drawing or as ASCII.
struct ChartGlyphs: Sendable {
    var yAxis: Character
    var yTick: Character
    var xAxis: Character
    var xTick: Character
    var corner: Character
    /// Between the low and high value of a read-out that covers a range.
    var rangeSeparator: String
    /// A read-out where the cursor's column has no data.
    var noValue: String

    static let unicode = ChartGlyphs(yAxis: "│", yTick: "┤", xAxis: "─", xTick: "┬", corner: "└", rangeSeparator: "…", noValue: "–")
    static let ascii = ChartGlyphs(yAxis: "|", yTick: "+", xAxis: "-", xTick: "+", corner: "+", rangeSeparator: "..", noValue: "-")

    static func choose(ascii: Bool) -> ChartGlyphs { ascii ? .ascii : .unicode }
}
