import Foundation

/// Reading a prediction file's bytes, with a failure reported on the set rather than thrown.
enum PredictionFiles {
    static func text(_ file: URL, into set: inout PredictionSet) -> String? {
        guard let data = FileManager.default.contents(atPath: file.path) else {
            set.report("cannot read the file", at: file.lastPathComponent, severity: .error)
            return nil
        }
        return String(decoding: data, as: UTF8.self)
    }

    static func parse(_ file: URL) -> Result<JSONValue, ReadError> {
        guard let data = try? Data(contentsOf: file, options: .mappedIfSafe) else { return .failure(ReadError("cannot read the file")) }
        return data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Result<JSONValue, ReadError> in
            do throws(JSONParseError) {
                return .success(try LenientJSON.parse(raw.bindMemory(to: UInt8.self)).value)
            } catch {
                return .failure(ReadError("line \(error.line): not valid JSON (column \(error.column): \(error.message))"))
            }
        }
    }

    static func json(_ file: URL, into set: inout PredictionSet) -> JSONValue? {
        switch parse(file) {
        case .success(let value): return value
        case .failure(let error):
            set.report(error.message, at: file.lastPathComponent, severity: .error)
            return nil
        }
    }
}
