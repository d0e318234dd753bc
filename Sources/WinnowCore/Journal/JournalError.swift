/// The journal could not be opened or written. A failed write means the event is not saved,
/// and the screen must not show it as saved.
public enum JournalError: Error, Equatable, Sendable, CustomStringConvertible {
    case cannotCreate(String, String)
    case cannotWrite(String, String)

    public var description: String {
        switch self {
        case .cannotCreate(let path, let why):
            return "cannot save here (read-only dataset? use --state DIR): \(path): cannot create the journal (\(why))"
        case .cannotWrite(let path, let why):
            return "\(path): cannot write the journal (\(why)); the last action was NOT saved"
        }
    }
}
