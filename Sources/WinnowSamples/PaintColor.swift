/// An opaque sRGB colour for drawing sample screens.
struct PaintColor: Equatable {
    let r: UInt8
    let g: UInt8
    let b: UInt8

    init(_ r: UInt8, _ g: UInt8, _ b: UInt8) {
        self.r = r
        self.g = g
        self.b = b
    }

    /// `self` moved toward `other` by `amount` (0 = self, 1 = other), for overlays and shadows.
    func mixed(with other: PaintColor, _ amount: Double) -> PaintColor {
        func mix(_ a: UInt8, _ b: UInt8) -> UInt8 { UInt8((Double(a) * (1 - amount) + Double(b) * amount).rounded()) }
        return PaintColor(mix(r, other.r), mix(g, other.g), mix(b, other.b))
    }
}
