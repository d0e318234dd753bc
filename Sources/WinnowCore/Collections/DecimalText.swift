/// Whole numbers as decimal text without the generic formatter, which took a third of reading a
/// label from the index cache: readers make a million label ids this way.
enum DecimalText {
    static func string(_ number: UInt64) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var rest = number, first = 20
            repeat {
                first -= 1
                digits[first] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            } while rest > 0
            return String(decoding: UnsafeBufferPointer(rebasing: digits[first...]), as: UTF8.self)
        }
    }
}
