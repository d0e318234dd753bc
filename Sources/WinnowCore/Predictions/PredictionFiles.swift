import Foundation

/// Reading a prediction file's bytes, with a failure reported on the set rather than thrown.
enum PredictionFiles {
    static func text(_ file: URL, into set: inout PredictionSet) -> String? {
        guard let data = DataFile.contents(file) else {
            set.report("cannot read the file", at: file.lastPathComponent, severity: .error)
            return nil
        }
        return String(decoding: data, as: UTF8.self)
    }

    static func json(_ file: URL, into set: inout PredictionSet) -> JSONValue? {
        do {
            return try LenientJSON.load(file).value
        } catch {
            set.issues.append(Issue(.error, "predictions.bad-entry", error.message))  // the message names the file and line
            return nil
        }
    }
}
