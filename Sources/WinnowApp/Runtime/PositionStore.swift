import Foundation
import WinnowCore
import WinnowUI

/// Keeps each reviewer's queue position in the workspace's state folder
/// (`position-REVIEWER.json`), written whole (temporary file, then rename).
package struct PositionStore {
    package let url: URL

    package init(session: CurationSession) {
        let folder = session.workspaceStateDirectory
        let safe = session.reviewer.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "_" }
        url = folder.appendingPathComponent("position-\(String(safe)).json")
    }

    package func load() -> ReviewPosition? {
        guard let data = FileManager.default.contents(atPath: url.path),
              let value = try? JSONParser.parse([UInt8](data)),
              let queue = value["queue"]?.stringValue, let item = value["item"]?.stringValue
        else { return nil }
        let panes = SidePanes(queue: value["queue_pane"]?.boolValue, details: value["details_pane"]?.boolValue)
        return ReviewPosition(queue: queue, filter: value["filter"]?.stringValue ?? "", item: item, panes: panes)
    }

    /// Best effort: losing the position is harmless, so a failure is not reported.
    package func save(_ position: ReviewPosition) {
        var fields: [(String, JSONValue)] = [("queue", .string(position.queue)), ("filter", .string(position.filter)), ("item", .string(position.item))]
        if let shown = position.panes.queue { fields.append(("queue_pane", .bool(shown))) }
        if let shown = position.panes.details { fields.append(("details_pane", .bool(shown))) }
        let value = JSONValue.object(JSONObject(fields))
        StateFile.replace(url, with: Array(value.jsonText.utf8))
    }
}
