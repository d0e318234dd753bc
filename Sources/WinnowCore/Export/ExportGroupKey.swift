/// The key that keeps related items in one split (`--group-by FIELD`). By default an item's
/// capture session or run when its source records one, a drill run's file-name stem, otherwise
/// the item alone.
public enum ExportGroupKey {
    static let sessionFields = ["session", "session_id", "run", "run_id", "group"]
    /// Fields `--group-by` takes besides any metadata field of the items.
    public static let derivedFields = ["dataset", "folder", "stem", "item"]

    /// The group of `item`; nil when `field` names a metadata field the item lacks.
    public static func group(of item: ReviewItem, dataset: String, field: String?) -> String? {
        guard let field else { return defaultGroup(of: item) }
        switch field {
        case "dataset": return dataset
        case "folder": return folder(of: item.path)
        case "stem": return FoldAssignment.groupFromFileName(lastComponent(of: item.path))
        case "item": return item.id
        default: return item.metadata[field].flatMap(text)
        }
    }

    private static func defaultGroup(of item: ReviewItem) -> String {
        for field in sessionFields {
            if let value = item.metadata[field].flatMap(text) { return "\(field):\(value)" }
        }
        if item.kind == .signal { return FoldAssignment.groupFromFileName(lastComponent(of: item.path)) }
        return item.id
    }

    private static func text(_ value: JSONValue) -> String? {
        switch value {
        case .string(let s): return s.isEmpty ? nil : s
        case .number, .bool: return value.jsonText
        default: return nil
        }
    }

    private static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return String(path[..<slash])
    }

    private static func lastComponent(of path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
