/// Why a journal line was skipped.
public enum JournalLineError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalidJSON(String)
    case noChecksum
    case checksumMismatch
    case missingField(String)
    case newerVersion(Int)
    case torn
    /// A sequence number not above the last one read: no Winnow writes that (a forged or spliced line).
    case sequenceNotAbove(Int, previous: Int)
    /// An event type this Winnow does not know (kept, not applied).
    case unknownType(String)
    /// A batch whose writer stopped before all its events were written (skipped whole).
    case incompleteBatch(have: Int, of: Int)

    public var description: String {
        switch self {
        case .invalidJSON(let why): return "not valid JSON (\(why))"
        case .noChecksum: return "no checksum: not a line Winnow wrote"
        case .checksumMismatch: return "checksum mismatch: the line was changed or damaged"
        case .missingField(let name): return "missing or invalid field \"\(name)\""
        case .newerVersion(let v): return "written by a newer Winnow (journal format \(v)); skipped"
        case .torn: return "incomplete last line (torn write); skipped"
        case .sequenceNotAbove(let seq, let previous): return "sequence number \(seq) is not above the one before (\(previous)); skipped"
        case .unknownType(let type): return "event type \"\(type)\" is not one this Winnow knows; not applied"
        case .incompleteBatch(let have, let of): return "a batch of \(of) events ends after \(have) (its writer stopped); none of it applied"
        }
    }
}
