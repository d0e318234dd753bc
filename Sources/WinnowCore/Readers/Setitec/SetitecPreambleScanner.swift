import Foundation

/// Reads the lines before the data table into sections. The data table starts at the first line
/// whose first cell starts with `Position (mm)`, whatever section it is in.
enum SetitecPreambleScanner {
    static let dataHeaderPrefix = "Position (mm)"

    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, separator: UInt8, decoder: inout SetitecCellDecoder) -> SetitecPreamble {
        var preamble = SetitecPreamble()
        var position = 0
        var number = 1
        while let line = SetitecLine.at(position, number: number, in: bytes) {
            let cells = decoder.strings(of: line, in: bytes, separator: separator)
            if let first = cells.first, first.hasPrefix(dataHeaderPrefix) {
                preamble.dataHeader = line
                preamble.dataHeaderNames = cells
                dropEmptyLastSection(&preamble)
                return preamble
            }
            if let name = sectionName(cells) {
                preamble.sections.append(SetitecSection(name: name, line: line.number))
            } else if !preamble.sections.isEmpty {
                preamble.sections[preamble.sections.count - 1].rows.append(SetitecRow(line: line.number, cells: cells))
            }
            position = line.next
            number += 1
        }
        return preamble
    }

    /// The `*** Datas ***` marker above the data table heads no metadata of its own.
    private static func dropEmptyLastSection(_ preamble: inout SetitecPreamble) {
        if let last = preamble.sections.last, last.rows.allSatisfy(\.isBlank) { preamble.sections.removeLast() }
    }

    /// `*** General Infos ***` -> "General Infos".
    static func sectionName(_ cells: [String]) -> String? {
        guard let first = cells.first, first.hasPrefix("***") else { return nil }
        return first.trimmingCharacters(in: CharacterSet(charactersIn: "* "))
    }
}
