/// SHA-256 (FIPS 180-4) in pure Swift, so content ids (`images/<first 16 hex>.png`) need no
/// crypto library on Linux.
public enum SHA256 {
    /// The digest as 64 lowercase hex digits.
    public static func hex(of bytes: [UInt8]) -> String {
        hex { feed in bytes.withUnsafeBufferPointer(feed) }
    }

    /// The digest of bytes handed over in pieces, in order, as 64 lowercase hex digits (a
    /// document written in parts is hashed without being joined).
    public static func hex(feeding: ((UnsafeBufferPointer<UInt8>) -> Void) -> Void) -> String {
        let hexDigits = Array("0123456789abcdef".utf8)
        var text = [UInt8]()
        text.reserveCapacity(64)
        for byte in digest(feeding: feeding) {
            text.append(hexDigits[Int(byte >> 4)])
            text.append(hexDigits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// The 32-byte digest.
    public static func digest(of bytes: [UInt8]) -> [UInt8] {
        digest { feed in bytes.withUnsafeBufferPointer(feed) }
    }

    /// The 32-byte digest of bytes handed over in pieces. Whole blocks are hashed straight from
    /// each piece (an export's 100 MB file is not copied); only a block that spans two pieces, and
    /// the padded tail, are put together. The schedule and the constants through pointers taken
    /// once, not per block.
    public static func digest(feeding: ((UnsafeBufferPointer<UInt8>) -> Void) -> Void) -> [UInt8] {
        var state: [UInt32] = [
            0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a,
            0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19,
        ]
        var carry: [UInt8] = []
        carry.reserveCapacity(64)
        var total = 0
        roundConstants.withUnsafeBufferPointer { constants in
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { schedule in
                let blocks = Blocks(schedule: schedule, constants: constants)
                feeding { piece in
                    total += piece.count
                    var rest = piece[...]
                    if !carry.isEmpty {
                        let taken = min(64 - carry.count, rest.count)
                        carry += rest.prefix(taken)
                        rest = rest.dropFirst(taken)
                        guard carry.count == 64 else { return }
                        carry.withUnsafeBufferPointer { blocks.compress($0, upTo: 64, into: &state) }
                        carry.removeAll(keepingCapacity: true)
                    }
                    let whole = rest.count / 64 * 64
                    blocks.compress(UnsafeBufferPointer(rebasing: rest.prefix(whole)), upTo: whole, into: &state)
                    carry += rest.dropFirst(whole)
                }
                let tail = padded(carry, totalLength: total)
                tail.withUnsafeBufferPointer { blocks.compress($0, upTo: $0.count, into: &state) }
            }
        }
        var out = [UInt8]()
        out.reserveCapacity(32)
        for word in state {
            out += [UInt8(word >> 24), UInt8((word >> 16) & 0xFF), UInt8((word >> 8) & 0xFF), UInt8(word & 0xFF)]
        }
        return out
    }

    /// The message's last partial block + 0x80 + zeros + its whole 64-bit big-endian bit length,
    /// to a multiple of 64 bytes.
    private static func padded(_ tail: [UInt8], totalLength: Int) -> [UInt8] {
        var message = tail
        let bitLength = UInt64(totalLength) &* 8
        message.append(0x80)
        while message.count % 64 != 56 { message.append(0) }
        for shift in stride(from: 56, through: 0, by: -8) {
            message.append(UInt8((bitLength >> UInt64(shift)) & 0xFF))
        }
        return message
    }

    /// Compresses 64-byte blocks with a schedule and round constants the caller holds.
    private struct Blocks {
        let schedule: UnsafeMutableBufferPointer<UInt32>
        let constants: UnsafeBufferPointer<UInt32>

        func compress(_ buffer: UnsafeBufferPointer<UInt8>, upTo end: Int, into state: inout [UInt32]) {
            for blockStart in stride(from: 0, to: end, by: 64) {
                SHA256.compress(block: UnsafeBufferPointer(rebasing: buffer[blockStart..<blockStart + 64]), schedule: schedule,
                                constants: constants, into: &state)
            }
        }
    }

    private static func compress(block: UnsafeBufferPointer<UInt8>, schedule w: UnsafeMutableBufferPointer<UInt32>,
                                 constants: UnsafeBufferPointer<UInt32>, into state: inout [UInt32]) {
        for i in 0..<16 {
            w[i] = UInt32(block[i * 4]) << 24 | UInt32(block[i * 4 + 1]) << 16
                | UInt32(block[i * 4 + 2]) << 8 | UInt32(block[i * 4 + 3])
        }
        for i in 16..<64 {
            let s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3)
            let s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10)
            w[i] = w[i - 16] &+ s0 &+ w[i - 7] &+ s1
        }
        var (a, b, c, d, e, f, g, h) = (state[0], state[1], state[2], state[3], state[4], state[5], state[6], state[7])
        for i in 0..<64 {
            let s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
            let choose = (e & f) ^ (~e & g)
            let t1 = h &+ s1 &+ choose &+ constants[i] &+ w[i]
            let s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
            let majority = (a & b) ^ (a & c) ^ (b & c)
            let t2 = s0 &+ majority
            (h, g, f, e, d, c, b, a) = (g, f, e, d &+ t1, c, b, a, t1 &+ t2)
        }
        state[0] = state[0] &+ a; state[1] = state[1] &+ b; state[2] = state[2] &+ c; state[3] = state[3] &+ d
        state[4] = state[4] &+ e; state[5] = state[5] &+ f; state[6] = state[6] &+ g; state[7] = state[7] &+ h
    }

    @inline(__always)
    private static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 - n)) }

    private static let roundConstants: [UInt32] = [
        0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
        0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
        0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
        0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
        0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
        0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
        0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
        0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
    ]
}
