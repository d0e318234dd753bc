/// The journal could not be opened or written. A failed write means the event is not saved,
/// and the screen must not show it as saved.
public enum JournalError: Error, Equatable, Sendable, CustomStringConvertible {
    case cannotCreate(String, String)
    case cannotWrite(String, String)
    /// The journal or its folder is a symbolic link: a dataset could point it at any file.
    case linked(String)
    /// The file holds something other than a Winnow journal: appending would corrupt it.
    case foreign(String)
    /// The journal could be read but not written (a read-only dataset or file).
    case readOnly(String)
    /// The journal database refused or could not be reached (its location, what it said).
    case database(String, String)
    /// No journal database answered at that location (what libpq said).
    case unreachable(String, String)

    public var description: String {
        switch self {
        case .cannotCreate(let path, let why):
            return "cannot save here (read-only dataset? use --state DIR): \(path): cannot create the journal (\(why))"
        case .cannotWrite(let path, let why):
            return "\(path): cannot write the journal (\(why)); the last action was NOT saved"
        case .linked(let path):
            return "\(path): is a symbolic link; Winnow does not write its state through a link it did not make, so nothing was saved "
                + "(remove the link, or keep state elsewhere with --state DIR)"
        case .readOnly(let path):
            return "\(path): is read-only, so nothing was saved (keep state elsewhere with --state DIR)"
        case .database(let location, let why):
            return "\(location): \(why)"
        case .unreachable(let location, let why):
            return "\(location): cannot reach the journal database (\(why))"
        case .foreign(let path):
            return "\(path): is not a Winnow journal (its first line is not a Winnow event), so nothing was saved "
                + "(move it aside, or keep state elsewhere with --state DIR)"
        }
    }
}
