extension Int {
    /// `value` toward zero, held within ±2^53 (past which a Double no longer holds every integer)
    /// and 0 for NaN: for numbers that come from data, where `Int(_:)` would stop the program on a
    /// 1e20 or an infinity. Sums of a few such values cannot overflow.
    public init(saturating value: Double) {
        let limit = 9_007_199_254_740_992.0
        self = value.isNaN ? 0 : Int(Swift.min(Swift.max(value, -limit), limit))
    }
}
