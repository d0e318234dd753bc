/// The line before the events of a batch (`verdict --from`, several edits at once):
/// `{"v":1,"batch":N,"first":SEQ,"crc":"…"}`. A reader applies the batch only once all N events
/// after it are there, so a writer killed halfway leaves a batch that is reported and skipped,
/// never a part of one applied. (A single event gets one too when it follows such a cut batch,
/// so the cut one cannot take it for its own.)
struct JournalBatchHeader: Equatable {
    let count: Int
    let first: Int

    var line: String {
        let payload = #"{"v":1,"batch":\#(count),"first":\#(first)"#
        return payload + #","crc":""# + CRC32.hex(Array(payload.utf8)) + "\"}"
    }

    /// Nil for any line that is not exactly such a header with its checksum.
    init?(_ line: UnsafeBufferPointer<UInt8>) {
        guard ByteCursor.starts(line, with: #"{"v":1,"batch":"#), let text = String(validating: line, as: UTF8.self),
              let crcStart = text.range(of: #","crc":""#) else { return nil }
        let payload = String(text[..<crcStart.lowerBound])
        let fields = payload.dropFirst(#"{"v":1,"batch":"#.count).split(separator: ",")
        guard fields.count == 2, let count = Int(fields[0]), fields[1].hasPrefix(#""first":"#),
              let first = Int(fields[1].dropFirst(#""first":"#.count)), count > 0,
              text == payload + #","crc":""# + CRC32.hex(Array(payload.utf8)) + "\"}" else { return nil }
        self.init(count: count, first: first)
    }

    init(count: Int, first: Int) {
        self.count = count
        self.first = first
    }
}
