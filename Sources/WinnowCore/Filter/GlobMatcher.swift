/// A case-insensitive pattern with `*` (any run, `/` included) and `?` (one character), compiled
/// once so matching a million strings costs a byte scan each. Works on UTF-8: ASCII case is folded
/// byte by byte, and only a subject with non-ASCII bytes that failed that way is lowercased and
/// tried again (so `É` finds `é`).
struct GlobMatcher: Sendable {
    private let shape: GlobShape

    /// Compiles `pattern`; unquoted `*` and `?` are wildcards, everything else is literal.
    init(pattern: [FilterCharacter]) {
        var steps: [GlobStep] = []
        for character in pattern {
            if character.isUnquoted("*") {
                if steps.last != .anyRun { steps.append(.anyRun) }
            } else if character.isUnquoted("?") {
                steps.append(.anyScalar)
            } else {
                steps += String(character.value).lowercased().utf8.map(GlobStep.byte)
            }
        }
        shape = GlobShape(steps)
    }

    /// Matches subjects that contain `text` anywhere (free words); `*` and `?` in it are literal.
    init(containing text: String) {
        shape = .contains(CaseFoldedSearch(literal: Array(text.lowercased().utf8)))
    }

    /// Only the exact text, ignoring case.
    init(exactly text: String) {
        shape = .exact(Array(text.lowercased().utf8))
    }

    func matches(_ subject: String) -> Bool {
        withUnsafePointer(to: subject) { matches(at: $0) }
    }

    func matches(at subject: UnsafePointer<String>) -> Bool {
        Self.evaluate(subject) { matches(bytes: $0) }
    }

    /// True if any of the strings matches (`cat:` on an item with several labels).
    func matchesAny(at subjects: UnsafePointer<[String]>) -> Bool {
        subjects.pointee.withUnsafeBufferPointer { buffer in
            guard let first = buffer.baseAddress else { return false }
            return buffer.indices.contains { matches(at: first + $0) }
        }
    }

    /// Matches the whole path or just its file name, so `file:login.png` finds `screens/login.png`.
    func matchesPathOrFileName(at path: UnsafePointer<String>) -> Bool {
        if shape.fileNameMatchImpliesPathMatch { return matches(at: path) }
        return Self.evaluate(path) { matches(bytes: $0) || matches(bytes: $0.fileName) }
    }

    /// Runs `test` on the subject's bytes; retries on the Unicode-lowercased subject only when
    /// it failed and non-ASCII bytes might hide a case difference. Inlined so the closure's access
    /// to the matcher is a borrow, not a copy per item.
    @inline(__always)
    private static func evaluate(_ subject: UnsafePointer<String>, _ test: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
        let (matched, mayDifferInCase) = withBytes(of: subject) { bytes in
            test(bytes) ? (true, false) : (false, bytes.containsNonASCII)
        }
        guard !matched, mayDifferInCase else { return matched }
        return withUnsafePointer(to: subject.pointee.lowercased()) { withBytes(of: $0, test) }
    }

    /// The UTF-8 bytes, read in place for native strings.
    @inline(__always)
    private static func withBytes<Result>(of string: UnsafePointer<String>, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = string.pointee.utf8.withContiguousStorageIfAvailable(body) { return result }
        var contiguous = string.pointee
        return contiguous.withUTF8(body)
    }

    private func matches(bytes subject: UnsafeBufferPointer<UInt8>) -> Bool {
        switch shape {
        case .everything:
            return true
        case .exact(let literal):
            return literal.count == subject.count && Self.has(literal, in: subject, at: 0)
        case .prefix(let literal):
            return literal.count <= subject.count && Self.has(literal, in: subject, at: 0)
        case .suffix(let literal):
            return literal.count <= subject.count && Self.has(literal, in: subject, at: subject.count - literal.count)
        case .contains(let search):
            return search.occurs(in: subject)
        case .general(let steps):
            return steps.withUnsafeBufferPointer { Self.matches($0, subject) }
        }
    }

    private static func has(_ literal: [UInt8], in subject: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        literal.withUnsafeBufferPointer { subject.hasFolded($0, at: offset) }
    }

    /// Classic wildcard matching with one backtrack point: on a mismatch, the last `*` absorbs one
    /// more character and matching resumes after it. Never exponential.
    private static func matches(_ steps: UnsafeBufferPointer<GlobStep>, _ subject: UnsafeBufferPointer<UInt8>) -> Bool {
        var step = 0
        var position = 0
        var starStep = -1
        var starPosition = 0
        while position < subject.count {
            if step < steps.count {
                switch steps[step] {
                case .anyRun:
                    starStep = step
                    starPosition = position
                    step += 1
                    continue
                case .anyScalar:
                    position = subject.scalarEnd(from: position)
                    step += 1
                    continue
                case .byte(let byte) where subject[position].asciiLowercased == byte:
                    position += 1
                    step += 1
                    continue
                case .byte:
                    break
                }
            }
            guard starStep >= 0 else { return false }
            starPosition = subject.scalarEnd(from: starPosition)
            position = starPosition
            step = starStep + 1
        }
        while step < steps.count && steps[step] == .anyRun { step += 1 }
        return step == steps.count
    }
}
