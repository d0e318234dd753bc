import Foundation
import WinnowCore

/// `--groups CSV`: which drilling group (coupon/box) each run belongs to, from a sheet with
/// a `filename` column and a `box` (or `group`) column, like the project's thickness label sheets.
package enum GroupSheet {
    package static func read(_ path: String, command: String = "export") throws(CLIError) -> [String: String] {
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable("\(path): cannot read the group sheet") }
        let lines = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        guard let header = lines.first, let file = header.firstIndex(of: "filename"),
              let group = header.firstIndex(of: "box") ?? header.firstIndex(of: "group")
        else { throw .usage("\(path):1: the group sheet needs a `filename` and a `box` (or `group`) column", command: command) }
        var groups: [String: String] = [:]
        for row in lines.dropFirst() where row.count > max(file, group) && !row[group].isEmpty {
            groups[row[file]] = row[group]
        }
        return groups
    }
}
