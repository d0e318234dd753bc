/// What `has:` asks about an item.
enum ItemAttribute: String, CaseIterable, Sendable {
    case issues
    case edits
    case notes
    case flag

    /// Accepts singular and plural spellings, since both read naturally (`has:note`, `has:flags`).
    init?(word: String) {
        switch word {
        case "issues", "issue": self = .issues
        case "edits", "edit": self = .edits
        case "notes", "note": self = .notes
        case "flag", "flags", "flagged": self = .flag
        default: return nil
        }
    }

    func isPresent(in item: UnsafePointer<ItemFacts>) -> Bool {
        switch self {
        case .issues: return item.pointee.issueCount > 0
        case .edits: return item.pointee.hasEdits
        case .notes: return item.pointee.hasNotes
        case .flag: return item.pointee.flagged
        }
    }
}
