/// A text reduced for duplicate finding: lower case, punctuation dropped, runs of white space as
/// one space; its character 3-grams hashed (FNV-1a) as the shingles MinHash samples, and the
/// MinHash signature of those. Worked on Unicode scalars (ASCII by arithmetic): grapheme-by-grapheme
/// iteration would dominate the time.
struct TextFingerprint {
    let normalized: String
    /// Only the signature is kept: the shingles (one per character) of a million texts took 1.2 GB.
    let signature: [UInt64]

    init(_ text: String) {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        func append(_ s: Unicode.Scalar) {
            if pendingSpace && !scalars.isEmpty { scalars.append(" ") }
            pendingSpace = false
            scalars.append(s)
        }
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 128 {
                if (0x61...0x7A).contains(v) || (0x30...0x39).contains(v) { append(scalar) }
                else if (0x41...0x5A).contains(v) { append(Unicode.Scalar(v + 32)!) }
                else if v == 0x20 || (0x09...0x0D).contains(v) { pendingSpace = true }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars { append(lower) }
            } else if scalar.properties.isWhitespace {
                pendingSpace = true
            }
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        normalized = String(view)
        // Repeats kept: MinHash takes minima, so they change nothing and a set would cost more.
        var shingles: [UInt64] = []
        shingles.reserveCapacity(max(1, scalars.count - 2))
        if scalars.count < 3 { shingles.append(Self.hash(scalars[...])) }
        for start in 0..<max(0, scalars.count - 2) { shingles.append(Self.hash(scalars[start..<start + 3])) }
        signature = TextDuplicates.signature(shingles)
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
