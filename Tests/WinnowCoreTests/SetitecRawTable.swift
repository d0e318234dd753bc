import Foundation

/// The data table of a Setitec file read the plainest way possible (split lines, split cells,
/// "," -> "."), to check `SetitecReader` against the file itself. Lines are found on bytes and
/// only the rows a test asks for are split, so checking all real files stays quick in debug builds.
struct SetitecRawTable {
    let header: [String]
    /// The non-blank lines under the `Position (mm)` line.
    private let lines: [Substring]
    private let separator: Character

    init(contentsOf url: URL) throws {
        let data = try Data(contentsOf: url)
        guard let text = String(data: data, encoding: .isoLatin1) else { throw CocoaError(.fileReadCorruptFile) }
        let all = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let index = all.firstIndex(where: { $0.hasPrefix("Position (mm)") }) else { throw CocoaError(.fileReadCorruptFile) }
        separator = all[index].contains(";") ? ";" : "\t"
        header = all[index].split(separator: separator, omittingEmptySubsequences: false).map(String.init)
        let separator = self.separator
        lines = all[(index + 1)...].filter { line in line.contains { $0 != separator && !$0.isWhitespace } }
    }

    var rowCount: Int { lines.count }

    /// The value in column `name` of row `row`; nil when it is not a plain number.
    func value(row: Int, column name: String) -> Double? {
        let cells = lines[row].split(separator: separator, omittingEmptySubsequences: false)
        guard let column = header.firstIndex(of: name), column < cells.count else { return nil }
        return Double(cells[column].trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: "."))
    }
}
