import WinnowCanvas
import WinnowUI

/// A frame as readable text in two layers: what it says, then one letter per cell naming the
/// theme role whose style the cell has (`#`: a style no role has, such as an image pixel), with
/// a legend of the letters used. A change of tier colour, selection or mono attribute shows as
/// a changed letter even where the text is the same.
public enum FrameSnapshot {
    static let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")

    public static func text(_ grid: Grid, theme: Theme) -> String {
        var roleOfStyle: [Style: Int] = [:]
        for (index, role) in ThemeRole.allCases.enumerated() where roleOfStyle[theme[role]] == nil {
            roleOfStyle[theme[role]] = index
        }
        var used = Set<Int>()
        var styleRows: [String] = []
        for y in 0..<grid.height {
            var row = ""
            for x in 0..<grid.width {
                guard let role = roleOfStyle[grid[x, y].style] else { row.append("#"); continue }
                used.insert(role)
                row.append(letters[role])
            }
            styleRows.append(row)
        }
        let legend = used.sorted().map { "\(letters[$0]) \(ThemeRole.allCases[$0].rawValue)" }.joined(separator: "  ")
        return (grid.plainTextLines() + ["--- styles"] + styleRows + ["--- legend", legend]).joined(separator: "\n") + "\n"
    }
}
