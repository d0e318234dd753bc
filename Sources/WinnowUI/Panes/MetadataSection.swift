import WinnowCanvas
import WinnowCore

/// The details pane's account of a text example's own fields: tags, feedback, scores, split and
/// the rest of its metadata, one `key value` line each (nested objects as `key.inner`).
enum MetadataSection {
    static func render(_ item: ReviewItem, into grid: inout Grid, out: inout PaneWriter, theme: Theme) {
        let lines = flattened(item.metadata)
        guard !lines.isEmpty else { return }
        out.line("Fields (\(lines.count))", theme[.paneTitle], into: &grid)
        let room = max(1, out.rect.maxY - out.y - 6)
        for (key, value) in lines.prefix(room) {
            out.line([(key + " ", theme[.textDim]), (value, theme[.text])], into: &grid)
        }
        if lines.count > room { out.line("  … \(lines.count - room) more: winnow show", theme[.textDim], into: &grid) }
    }

    static func flattened(_ object: JSONObject, prefix: String = "") -> [(String, String)] {
        object.pairs.flatMap { pair -> [(String, String)] in
            let key = prefix + pair.key
            if let inner = pair.value.objectValue, prefix.isEmpty { return flattened(inner, prefix: key + ".") }
            if pair.value.isNull { return [] }
            return [(key, pair.value.stringValue ?? pair.value.jsonText)]
        }
    }
}
