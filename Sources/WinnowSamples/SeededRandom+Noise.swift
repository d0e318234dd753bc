/// Noise for the simulated drill signals, from arithmetic only (no libm), so the same seed gives
/// the same bytes on every machine.
extension SeededRandom {
    /// Uniform in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }

    /// Roughly normal with standard deviation 1 (sum of four uniforms, rescaled).
    mutating func gaussian() -> Double {
        (unit() + unit() + unit() + unit() - 2) * 1.732_050_807_568_877_2
    }
}
