/// Reading a big document without building its whole tree: the top-level object key by key, a
/// value skipped by scanning its bytes, an array element by element. A COCO file's million
/// annotations then never exist as a tree at once.
extension JSONParser {
    /// Calls `visit` with each key of the top-level object and the parser at its value, which
    /// `visit` must consume (`value()`, `skipValue()` or one of the walkers below).
    public static func streamObject(_ buffer: UnsafeBufferPointer<UInt8>,
                                    _ visit: (String, inout JSONParser) throws(JSONParseError) -> Void) throws(JSONParseError) {
        var parser = JSONParser(bytes: buffer)
        if buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { parser.index = 3 }
        parser.skipWhitespace()
        try parser.forEachField { (key, p) throws(JSONParseError) in try visit(String(decoding: key, as: UTF8.self), &p) }
        parser.skipWhitespace()
        if parser.index < buffer.count { throw parser.error("unexpected text after the JSON value") }
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
        case UInt8(ascii: "{"), UInt8(ascii: "["): _ = try skipNesting(markingEvery: nil)
        case UInt8(ascii: "\""): try skipString()
        default: skipScalarTail()
        }
    }

    /// Each field of the object here: `body` gets the key's raw bytes (between the quotes, escapes
    /// as written) and the parser at the value, which it must consume. No key becomes a String.
    public mutating func forEachField(_ body: (UnsafeBufferPointer<UInt8>, inout JSONParser) throws(JSONParseError) -> Void) throws(JSONParseError) {
        try forEachMember(open: "{", close: "}", what: "an object") { (p) throws(JSONParseError) in
            guard p.peek() == UInt8(ascii: "\"") else { throw p.error("expected a quoted key") }
            let start = p.index + 1
            try p.skipString()
            let raw = UnsafeBufferPointer(rebasing: p.bytes[start..<(p.index - 1)])
            // A key with escapes is decoded as the tree reader decodes it (found by fuzzing: "im\u0061ges"),
            // and one with other than printable ASCII checked as it checks it (control bytes, UTF-8).
            var decoded: [UInt8]?
            if !raw.allSatisfy(Self.readsAsWritten) {
                var escaped = JSONParser.at(start - 1, in: p.bytes)
                decoded = Array(try escaped.parseString().utf8)
            }
            p.skipWhitespace()
            guard p.peek() == UInt8(ascii: ":") else { throw p.error("expected ':' after a key") }
            p.index += 1
            p.skipWhitespace()
            guard let decoded else { return try body(raw, &p) }
            try decoded.withUnsafeBufferPointer { (key) throws(JSONParseError) in try body(key, &p) }
        }
    }

    /// The bytes of the string here when it is printable ASCII without escapes (it reads as
    /// written), the parser past it; nil, the parser where it was, for anything else.
    public mutating func plainString() -> UnsafeBufferPointer<UInt8>? {
        guard peek() == UInt8(ascii: "\"") else { return nil }
        var end = index + 1
        while end < bytes.count, bytes[end] != UInt8(ascii: "\""), Self.readsAsWritten(bytes[end]) { end += 1 }
        guard end < bytes.count, bytes[end] == UInt8(ascii: "\"") else { return nil }
        defer { index = end + 1 }
        return UnsafeBufferPointer(rebasing: bytes[(index + 1)..<end])
    }

    /// A byte of a string that stands for itself: printable ASCII, not an escape.
    private static func readsAsWritten(_ byte: UInt8) -> Bool { byte >= 0x20 && byte < 0x80 && byte != UInt8(ascii: "\\") }

    /// Which of `names` a raw key (from `forEachField`) is, by position; nil for none. Lengths are
    /// compared first: the keys of one object mostly differ in length.
    public static func position(of key: UnsafeBufferPointer<UInt8>, in names: [[UInt8]]) -> Int? {
        search: for (position, name) in names.enumerated() where name.count == key.count {
            for index in 0..<key.count where name[index] != key[index] { continue search }
            return position
        }
        return nil
    }

    /// Each element of the array here, with the parser at it (`body` consumes it).
    public mutating func forEachElementInPlace(_ body: (inout JSONParser) throws(JSONParseError) -> Void) throws(JSONParseError) {
        try forEachMember(open: "[", close: "]", what: "an array", body)
    }

    /// The rest of an array from the start of one of its elements, as `forEachElementInPlace` would
    /// go on from there (an array read in blocks goes on this way after a block it could not read).
    public mutating func forEachRemainingElement(_ body: (inout JSONParser) throws(JSONParseError) -> Void) throws(JSONParseError) {
        try forEachRemainingMember(close: "]", what: "an array", body)
    }

    /// Passes over the array here as `skipValue` does, noting where elements start: the first, then
    /// the first after each `stride` bytes. The last offset is the closing bracket's. Nil (the value
    /// skipped) when the value is not an array.
    public mutating func skipArrayMarkingElements(every stride: Int) throws(JSONParseError) -> [Int]? {
        skipWhitespace()
        guard peek() == UInt8(ascii: "[") else { try skipValue(); return nil }
        return try skipNesting(markingEvery: stride)
    }

    /// Passes over the object or array here; with a stride, notes where its elements start.
    private mutating func skipNesting(markingEvery stride: Int?) throws(JSONParseError) -> [Int] {
        var marks: [Int] = []
        var nextMark = 0
        var nesting = 0
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\""): try skipString(); continue
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                nesting += 1
                guard nesting == 1, let stride else { break }
                index += 1
                skipWhitespace()
                if peek() != UInt8(ascii: "]") { marks.append(index) }
                nextMark = index + stride
                continue
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                nesting -= 1
                guard nesting == 0 else { break }
                if stride != nil { marks.append(index) }
                index += 1
                return marks
            case UInt8(ascii: ","):
                guard let stride, nesting == 1, index >= nextMark else { break }
                index += 1
                skipWhitespace()
                marks.append(index)
                nextMark = index + stride
                continue
            default: break
            }
            index += 1
        }
        throw error("unexpected end of input inside a skipped value")
    }

    /// The members of an object or array, separated by commas, each handed to `body` at its start.
    private mutating func forEachMember(open: Unicode.Scalar, close: Unicode.Scalar, what: String,
                                        _ body: (inout JSONParser) throws(JSONParseError) -> Void) throws(JSONParseError) {
        guard peek() == UInt8(ascii: open) else { throw error("expected \(what)") }
        index += 1
        skipWhitespace()
        if peek() == UInt8(ascii: close) { index += 1; return }
        try forEachRemainingMember(close: close, what: what, body)
    }

    private mutating func forEachRemainingMember(close: Unicode.Scalar, what: String,
                                                 _ body: (inout JSONParser) throws(JSONParseError) -> Void) throws(JSONParseError) {
        while true {
            skipWhitespace()
            try body(&self)
            skipWhitespace()
            switch peek() {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: close): index += 1; return
            case nil: throw error("unexpected end of input inside \(what)")
            default: throw error("expected ',' or '\(close)' in \(what)")
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
