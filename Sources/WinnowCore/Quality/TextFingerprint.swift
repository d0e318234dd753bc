/// A text reduced for duplicate finding: lower case, punctuation dropped, runs of white space as
/// one space; its character 3-grams hashed (FNV-1a) as the shingles MinHash samples.
struct TextFingerprint {
    let normalized: String
    let shingles: Set<UInt64>

    init(_ text: String) {
        var out = ""
        var pendingSpace = false
        for c in text.lowercased() {
            if c.isLetter || c.isNumber {
                if pendingSpace && !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.append(c)
            } else if c.isWhitespace {
                pendingSpace = true
            }
        }
        normalized = out
        let characters = Array(out.unicodeScalars)
        var shingles = Set<UInt64>()
        if characters.count < 3 { shingles.insert(Self.hash(characters[...])) }
        for start in 0..<max(0, characters.count - 2) { shingles.insert(Self.hash(characters[start..<start + 3])) }
        self.shingles = shingles
    }

    static func hash(_ scalars: ArraySlice<Unicode.Scalar>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for scalar in scalars {
            h ^= UInt64(scalar.value)
            h = h &* 0x0000_0100_0000_01B3
        }
        return h
    }
}
