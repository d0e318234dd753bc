/// The classes of a YOLO dataset (`names` and `nc` in data.yaml) and what a label line's class id
/// means under them.
struct YOLOClassNames {
    /// Names by class id; empty when data.yaml gives none.
    private(set) var names: [Int: String] = [:]
    /// `nc`, when given.
    private(set) var declaredCount: Int?

    /// The category of a class id; nil when the id is out of range. Without names the id is its own name.
    func category(of id: Int) -> String? {
        guard id >= 0 else { return nil }
        if !names.isEmpty { return names[id] }
        if let declaredCount { return id < declaredCount ? String(id) : nil }
        return String(id)
    }

    /// The ids that are in range, for messages about one that is not.
    var validIDs: String {
        if !names.isEmpty {
            let ids = names.keys.sorted()
            return ids == Array(0..<ids.count) ? "0...\(ids.count - 1)" : ids.map(String.init).joined(separator: ", ")
        }
        if let declaredCount { return declaredCount > 0 ? "0...\(declaredCount - 1)" : "none" }
        return "0 and up"
    }

    /// `names` as a list (`[a, b]` or `- a` lines) or a mapping (`0: a` lines or `{0: a}`), checked
    /// against `nc`. Problems become issues at `location:line`; what can be used is kept.
    static func read(names: YAMLEntry?, nc: YAMLEntry?, location: String, issues: inout [Issue]) -> YOLOClassNames {
        var classes = YOLOClassNames()
        if let nc { classes.declaredCount = count(nc, location: location, issues: &issues) }
        guard let names, names.value.value != .null else {
            issues.append(Issue(.warning, "yolo.no-names", "no names; class ids are shown as category names", location: names.map { "\(location):\($0.line)" } ?? location))
            return classes
        }
        switch names.value.value {
        case .list(let items):
            for (id, item) in items.enumerated() { classes.names[id] = name(item, id: id, location: location, issues: &issues) }
        case .map(let entries):
            for entry in entries { classes.add(entry, location: location, issues: &issues) }
        default:
            issues.append(Issue(.error, "yolo.bad-names", "names is neither a list nor a mapping of class ids to names; class ids are shown as names", location: "\(location):\(names.line)"))
        }
        if let declared = classes.declaredCount, !classes.names.isEmpty, declared != classes.names.count {
            let message = "nc is \(declared) but names has \(classes.names.count) classes; names is used"
            issues.append(Issue(.warning, "yolo.nc-mismatch", message, location: "\(location):\(nc?.line ?? names.line)"))
            classes.declaredCount = nil
        }
        return classes
    }

    private mutating func add(_ entry: YAMLEntry, location: String, issues: inout [Issue]) {
        guard let id = Int(entry.key), id >= 0 else {
            issues.append(Issue(.error, "yolo.bad-names", "class id \"\(entry.key)\" in names is not a whole number >= 0; skipped", location: "\(location):\(entry.line)"))
            return
        }
        names[id] = Self.name(entry.value, id: id, location: location, issues: &issues)
    }

    /// A name that is not text keeps its id as the name, so the class stays in range.
    private static func name(_ node: YAMLNode, id: Int, location: String, issues: inout [Issue]) -> String {
        if let text = node.scalar { return text }
        issues.append(Issue(.error, "yolo.bad-names", "the name of class \(id) is not text; the id is used as its name", location: "\(location):\(node.line)"))
        return String(id)
    }

    private static func count(_ entry: YAMLEntry, location: String, issues: inout [Issue]) -> Int? {
        if let text = entry.value.scalar, let count = Int(text), count >= 0 { return count }
        issues.append(Issue(.error, "yolo.bad-nc", "nc is not a whole number >= 0; ignored", location: "\(location):\(entry.line)"))
        return nil
    }
}
