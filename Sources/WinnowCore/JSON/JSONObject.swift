/// A JSON object that keeps its keys in insertion order. Lookups are linear, which is
/// faster than hashing for the small objects (a dozen keys) that labels and events are.
public struct JSONObject: Equatable, Sendable {
    public private(set) var pairs: [(key: String, value: JSONValue)]

    public init() { pairs = [] }

    public init(_ pairs: [(String, JSONValue)]) {
        self.pairs = []
        for (key, value) in pairs { self[key] = value }
    }

    /// For keys known to be distinct (file paths of an export): no lookup per key, so 100k keys
    /// take linear time instead of quadratic.
    public init(distinctKeys pairs: [(String, JSONValue)]) {
        self.pairs = pairs.map { (key: $0.0, value: $0.1) }
    }

    /// As `init(distinctKeys:)`, with the pairs already labelled: no copy.
    public init(distinctPairs pairs: [(key: String, value: JSONValue)]) {
        self.pairs = pairs
    }

    public var keys: [String] { pairs.map(\.key) }
    public var count: Int { pairs.count }
    public var isEmpty: Bool { pairs.isEmpty }

    /// Setting a key that exists replaces its value in place; a new key goes to the end.
    /// Setting nil removes the key.
    public subscript(key: String) -> JSONValue? {
        get {
            for pair in pairs where Self.same(pair.key, key) { return pair.value }
            return nil
        }
        set {
            if let index = pairs.firstIndex(where: { $0.key == key }) {
                if let newValue { pairs[index].value = newValue } else { pairs.remove(at: index) }
            } else if let newValue {
                pairs.append((key, newValue))
            }
        }
    }

    /// Appends without checking for an existing key: for parsers, where duplicates keep JSON's
    /// "last one wins" reading through `subscript`'s first match being replaced below.
    mutating func appendParsed(_ key: String, _ value: JSONValue) {
        if let index = pairs.firstIndex(where: { Self.same($0.key, key) }) {
            pairs[index].value = value
        } else {
            pairs.append((key, value))
        }
    }

    /// The object without these keys.
    public func removing(_ keys: [String]) -> JSONObject {
        var rest = JSONObject()
        rest.pairs = pairs.filter { pair in !keys.contains { Self.same($0, pair.key) } }
        return rest
    }

    /// Key equality with the byte count compared first: keys of one object mostly differ in
    /// length, and comparing lengths is much cheaper than comparing strings.
    private static func same(_ a: String, _ b: String) -> Bool {
        a.utf8.count == b.utf8.count && a == b
    }

    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        guard lhs.pairs.count == rhs.pairs.count else { return false }
        for (l, r) in zip(lhs.pairs, rhs.pairs) where l.key != r.key || l.value != r.value { return false }
        return true
    }
}
