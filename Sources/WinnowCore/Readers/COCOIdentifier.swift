/// An `id` / `image_id` / `category_id` from a COCO file: usually an integer, sometimes a string
/// in files from other tools. Both are accepted and compared as written.
enum COCOIdentifier: Hashable, CustomStringConvertible {
    case number(Int)
    case text(String)

    init?(_ value: JSONValue?) {
        guard let value else { return nil }
        if let n = value.intValue {
            self = .number(n)
        } else if let s = value.stringValue {
            self = .text(s)
        } else if case .number = value {
            self = .text(value.jsonText)
        } else {
            return nil
        }
    }

    var isZero: Bool { self == .number(0) }

    var description: String {
        switch self {
        case .number(let n): return String(n)
        case .text(let s): return s
        }
    }
}
