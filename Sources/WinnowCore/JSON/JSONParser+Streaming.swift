/// Reading a big document without building its whole tree: the top-level object key by key, a
/// value skipped by scanning its bytes, an array element by element. A COCO file's million
/// annotations then never exist as a tree at once.
extension JSONParser {
    /// Calls `visit` with each key of the top-level object and the parser at its value, which
    /// `visit` must consume (`value()`, `skipValue()` or `forEachElement`).
    public static func streamObject(_ buffer: UnsafeBufferPointer<UInt8>,
                                    _ visit: (String, inout JSONParser) throws(JSONParseError) -> Void) throws(JSONParseError) {
        var parser = JSONParser(bytes: buffer)
        if buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { parser.index = 3 }
        parser.skipWhitespace()
        guard parser.peek() == UInt8(ascii: "{") else { throw parser.error("expected a JSON object") }
        parser.index += 1
        parser.skipWhitespace()
        if parser.peek() == UInt8(ascii: "}") { return }
        while true {
            parser.skipWhitespace()
            guard parser.peek() == UInt8(ascii: "\"") else { throw parser.error("expected a quoted key") }
            let key = try parser.parseString()
            parser.skipWhitespace()
            guard parser.peek() == UInt8(ascii: ":") else { throw parser.error("expected ':' after key \"\(key)\"") }
            parser.index += 1
            parser.skipWhitespace()
            try visit(key, &parser)
            parser.skipWhitespace()
            switch parser.peek() {
            case UInt8(ascii: ","): parser.index += 1
            case UInt8(ascii: "}"): return
            case nil: throw parser.error("unexpected end of input inside an object")
            default: throw parser.error("expected ',' or '}' in an object")
            }
        }
    }

    /// A parser at `offset` of the same bytes (where `position` was), to read a value again later.
    public static func at(_ offset: Int, in buffer: UnsafeBufferPointer<UInt8>) -> JSONParser {
        var parser = JSONParser(bytes: buffer)
        parser.index = offset
        return parser
    }

    public var position: Int { index }

    /// The value here, as a tree.
    public mutating func value() throws(JSONParseError) -> JSONValue { try parseValue() }

    /// Passes over the value here: strings and nesting are followed, nothing is built (nor checked
    /// beyond that: a skipped value is not one Winnow reads).
    public mutating func skipValue() throws(JSONParseError) {
        skipWhitespace()
        guard let first = peek() else { throw error("unexpected end of input") }
        switch first {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            var nesting = 0
            while index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: "\""): try skipString(); continue
                case UInt8(ascii: "{"), UInt8(ascii: "["): nesting += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    nesting -= 1
                    if nesting == 0 { index += 1; return }
                default: break
                }
                index += 1
            }
            throw error("unexpected end of input inside a skipped value")
        case UInt8(ascii: "\""): try skipString()
        default: skipScalarTail()
        }
    }

    /// Each field of the object here: `body` gets the key's raw bytes (between the quotes, escapes
    /// as written) and the parser at the value, which it must consume. No key becomes a String.
    public mutating func forEachField(_ body: (UnsafeBufferPointer<UInt8>, inout JSONParser) throws(JSONParseError) -> Void) throws(JSONParseError) {
        guard peek() == UInt8(ascii: "{") else { throw error("expected an object") }
        index += 1
        skipWhitespace()
        if peek() == UInt8(ascii: "}") { index += 1; return }
        while true {
            skipWhitespace()
            guard peek() == UInt8(ascii: "\"") else { throw error("expected a quoted key") }
            let start = index + 1
            try skipString()
            let key = UnsafeBufferPointer(rebasing: bytes[start..<(index - 1)])
            skipWhitespace()
            guard peek() == UInt8(ascii: ":") else { throw error("expected ':' after a key") }
            index += 1
            skipWhitespace()
            try body(key, &self)
            skipWhitespace()
            switch peek() {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "}"): index += 1; return
            case nil: throw error("unexpected end of input inside an object")
            default: throw error("expected ',' or '}' in an object")
            }
        }
    }

    /// Each element of the array here, with the parser at it (`body` consumes it).
    public mutating func forEachElementInPlace(_ body: (inout JSONParser) throws(JSONParseError) -> Void) throws(JSONParseError) {
        guard peek() == UInt8(ascii: "[") else { throw error("expected an array") }
        index += 1
        skipWhitespace()
        if peek() == UInt8(ascii: "]") { index += 1; return }
        while true {
            skipWhitespace()
            try body(&self)
            skipWhitespace()
            switch peek() {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "]"): index += 1; return
            case nil: throw error("unexpected end of input inside an array")
            default: throw error("expected ',' or ']' in an array")
            }
        }
    }

    private mutating func skipString() throws(JSONParseError) {
        index += 1
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\\"): index += 2
            case UInt8(ascii: "\""): index += 1; return
            default: index += 1
            }
        }
        throw error("unterminated string")
    }

    /// After a scalar's first byte: the rest of a number or word.
    private mutating func skipScalarTail() {
        while let b = peek(), b != UInt8(ascii: ","), b != UInt8(ascii: "}"), b != UInt8(ascii: "]"), b != 0x20, b != 0x0A, b != 0x0D, b != 0x09 {
            index += 1
        }
    }
}
