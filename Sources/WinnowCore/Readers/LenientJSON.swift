import Foundation

/// JSON parsing that also accepts the `NaN` / `Infinity` tokens Python's `json` module writes.
/// Strict parsing runs first; only when it fails are those tokens rewritten to `null` (same line
/// breaks, so line numbers still hold) and parsing retried, letting readers keep the rest of a file.
enum LenientJSON {
    struct Parsed {
        let value: JSONValue
        /// True when NaN/Infinity had to be read as null: callers report it.
        let hadNonFiniteNumbers: Bool
    }

    /// A whole file, mapped; a failure says `path:line: not valid JSON (column …)`.
    static func load(_ url: URL) throws(ReadError) -> Parsed {
        guard SystemCalls.isRegularFile(url.path) else { throw ReadError("\(url.path): cannot read (missing, or not a regular file)") }
        let data: Data
        do {
            data = try Data(contentsOf: url, options: .mappedIfSafe)
        } catch {
            throw ReadError("\(url.path): cannot read (\(error.localizedDescription))")
        }
        let parsed = data.withUnsafeBytes { raw in
            Result { () throws(JSONParseError) in try parse(raw.bindMemory(to: UInt8.self)) }
        }
        switch parsed {
        case .failure(let error): throw ReadError(json: error, in: url)
        case .success(let result): return result
        }
    }

    /// The strict parser's error where a NaN, Infinity or -Infinity starts: a lenient read may help.
    static func mayBeNonFinite(_ error: JSONParseError) -> Bool {
        ["unexpected character 'N'", "unexpected character 'I'", "expected a digit"].contains(error.message)
    }

    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(JSONParseError) -> Parsed {
        do {
            return Parsed(value: try JSONParser.parse(bytes), hadNonFiniteNumbers: false)
        } catch {
            guard let repaired = replacingNonFiniteTokens(bytes) else { throw error }
            guard let value = try? JSONParser.parse(repaired) else { throw error }
            return Parsed(value: value, hadNonFiniteNumbers: true)
        }
    }

    static func parse(_ bytes: ArraySlice<UInt8>) throws(JSONParseError) -> Parsed {
        let result = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(JSONParseError) in try parse(buffer) }
        }
        return try result.get()
    }

    /// nil when there was nothing to replace.
    private static func replacingNonFiniteTokens(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 16)
        var index = 0
        var inString = false
        var replaced = false
        while index < bytes.count {
            let byte = bytes[index]
            if inString {
                if byte == UInt8(ascii: "\\"), index + 1 < bytes.count {
                    out.append(byte)
                    index += 1
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
            } else if byte == UInt8(ascii: "\"") {
                inString = true
            } else if let length = nonFiniteTokenLength(bytes, at: index) {
                out.append(contentsOf: Array("null".utf8))
                index += length
                replaced = true
                continue
            }
            out.append(bytes[index])
            index += 1
        }
        return replaced ? out : nil
    }

    private static let nonFiniteTokens: [[UInt8]] = ["-Infinity", "Infinity", "NaN"].map { Array($0.utf8) }

    private static func nonFiniteTokenLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        for token in nonFiniteTokens where index + token.count <= bytes.count {
            if (0..<token.count).allSatisfy({ bytes[index + $0] == token[$0] }) { return token.count }
        }
        return nil
    }
}
