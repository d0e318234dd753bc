/// A journal line in the form Winnow writes, read by `JournalLineScanner` and checksummed, its
/// names and time still bytes of the line: valid only while the line's buffer is.
struct ScannedLine {
    var seq: Int
    var time: UnsafeBufferPointer<UInt8>
    var reviewer: UnsafeBufferPointer<UInt8>
    var action: ScannedAction
}
