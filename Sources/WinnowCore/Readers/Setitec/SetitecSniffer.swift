/// Decides from the first bytes of a file whether it is a Setitec drill run, so a big file of
/// something else is refused after reading 64 KB instead of all of it.
enum SetitecSniffer {
    static let prefixLength = 64 * 1024
    private static let sectionMarker = Array("***".utf8)
    private static let dataHeader = Array(SetitecPreambleScanner.dataHeaderPrefix.utf8)

    /// Why `prefix` is not the start of a Setitec file, or nil when it is. `isWholeFile` only
    /// changes the wording.
    static func refusal(of prefix: UnsafeBufferPointer<UInt8>, isWholeFile: Bool) -> String? {
        guard !prefix.isEmpty else { return "empty file" }
        let place = isWholeFile ? "in the file" : "in its first \(prefixLength / 1024) KB"
        var sawSection = false
        var position = 0
        var number = 1
        while let line = SetitecLine.at(position, number: number, in: prefix) {
            if starts(line, with: dataHeader, in: prefix) { return nil }
            if starts(line, with: sectionMarker, in: prefix) { sawSection = true }
            position = line.next
            number += 1
        }
        if sawSection { return "no data table: no line starts with \"Position (mm)\" \(place)" }
        return "not a Setitec drill-run file: no \"*** Section ***\" lines and no \"Position (mm)\" data header \(place)"
    }

    /// The line starts with `word` after leading spaces.
    private static func starts(_ line: SetitecLine, with word: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = line.start
        while index < line.end, bytes[index] == 0x20 { index += 1 }
        guard line.end - index >= word.count else { return false }
        for (offset, byte) in word.enumerated() where bytes[index + offset] != byte { return false }
        return true
    }
}
