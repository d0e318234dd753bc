/// Entities from BIO tags as seqeval reads them (its default, non-strict mode): `B-X` starts an
/// entity, `I-X` continues one of type X or else starts one, `O` (or anything else) ends it.
enum BIOTags {
    static func entities(_ tags: [String]) -> [(label: String, first: Int, last: Int)] {
        var result: [(label: String, first: Int, last: Int)] = []
        var open: (label: String, first: Int)?
        for (index, tag) in tags.enumerated() {
            let prefix = tag.prefix(2)
            let type = String(tag.dropFirst(2))
            let continues = prefix == "I-" && open?.label == type
            if !continues, let started = open {
                result.append((started.label, started.first, index - 1))
                open = nil
            }
            if prefix == "B-" || (prefix == "I-" && !continues) { open = (type, index) }
        }
        if let started = open { result.append((started.label, started.first, tags.count - 1)) }
        return result
    }
}
