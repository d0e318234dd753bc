/// Why a file could not be read at all, kept apart from where (`file.xls` or `file.xls:LINE`) so a
/// folder reader can report it as an issue with a location.
struct SetitecFailure: Error {
    let location: String
    let reason: String

    var readError: ReadError { ReadError("\(location): \(reason)") }
}
