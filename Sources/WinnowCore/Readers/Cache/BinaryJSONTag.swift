/// The first byte of a JSON value in the index cache (`BinaryWriter.json`). Whole numbers that
/// fit a varint take one to three bytes instead of eight, and nothing is parsed on the way back.
enum BinaryJSONTag: UInt8 {
    case null, `false`, `true`, double, integer, string, array, object

    /// Deeper values are refused on reading: a forged cache must not exhaust the stack.
    static let maximumDepth = 64
}
