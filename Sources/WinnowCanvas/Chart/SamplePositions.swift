/// Where each sample sits on the x axis: read from an array, or the sample index itself.
/// Generic code over it specializes to a plain load or an Int-to-Double conversion.
protocol SamplePositions {
    subscript(_ index: Int) -> Double { get }
}

extension UnsafeBufferPointer: SamplePositions where Element == Double {}
