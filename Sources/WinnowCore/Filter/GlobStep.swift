/// One instruction of a compiled glob, working on UTF-8 bytes.
enum GlobStep: Sendable, Equatable {
    /// A lowercased byte, compared with the subject byte folded to ASCII lowercase.
    case byte(UInt8)
    /// `?`: exactly one Unicode scalar.
    case anyScalar
    /// `*`: any run of bytes, `/` included.
    case anyRun
}
