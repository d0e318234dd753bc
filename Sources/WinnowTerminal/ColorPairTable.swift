/// Color pairs allocated on demand, (foreground, background) -> pair number. Pair numbers may
/// exceed 255 (they travel through setcchar's opts). Full at `budget`: the painter then resets.
struct ColorPairTable {
    private struct Colors: Hashable {
        let foreground: Int32
        let background: Int32
    }

    let budget: Int
    /// Tells curses what a new pair means; false if it refused.
    private let define: (_ pair: Int32, _ foreground: Int32, _ background: Int32) -> Bool
    private var numbers: [Colors: Int32] = [:]

    init(budget: Int, define: @escaping (Int32, Int32, Int32) -> Bool) {
        self.budget = max(0, budget)
        self.define = define
    }

    var count: Int { numbers.count }

    /// The pair showing these colors, or nil when the budget is spent.
    mutating func pair(foreground: Int32, background: Int32) -> Int32? {
        if foreground == -1 && background == -1 { return 0 }   // pair 0 is the terminal's default
        let colors = Colors(foreground: foreground, background: background)
        if let number = numbers[colors] { return number }
        guard numbers.count < budget else { return nil }
        let number = Int32(numbers.count + 1)
        guard define(number, foreground, background) else { return 0 }   // refused: default beats failing
        numbers[colors] = number
        return number
    }

    /// Forgets every pair; the caller resets curses' pairs and repaints.
    mutating func removeAll() { numbers.removeAll(keepingCapacity: true) }
}
