/// Item numbers filed by a 64-bit hash of some key computed beforehand (on all cores), so that
/// finding a key among a million is a probe of two flat arrays, and the keys themselves (behind
/// the numbers) are compared only when hashes are equal. Open addressing, linear probing.
struct HashedIndexTable {
    private var hashes: [UInt64]
    private var numbers: [Int32]  // -1: empty
    private var count = 0

    init(capacity: Int = 8) {
        let size = max(16, (capacity * 2).nextPowerOfTwo)
        hashes = Array(repeating: 0, count: size)
        numbers = Array(repeating: -1, count: size)
    }

    /// A number filed under `hash` whose key is the one asked about (`same` compares the keys).
    func first(_ hash: UInt64, where same: (Int) -> Bool) -> Int? {
        let mask = hashes.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while numbers[slot] >= 0 {
            if hashes[slot] == hash, same(Int(numbers[slot])) { return Int(numbers[slot]) }
            slot = (slot + 1) & mask
        }
        return nil
    }

    mutating func insert(_ hash: UInt64, _ number: Int) {
        if (count + 1) * 2 > hashes.count { grow() }
        let mask = hashes.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while numbers[slot] >= 0 { slot = (slot + 1) & mask }
        hashes[slot] = hash
        numbers[slot] = Int32(number)
        count += 1
    }

    private mutating func grow() {
        var larger = HashedIndexTable(capacity: hashes.count)
        for slot in numbers.indices where numbers[slot] >= 0 { larger.insert(hashes[slot], Int(numbers[slot])) }
        self = larger
    }
}

extension Int {
    /// The smallest power of two at least this (1 for 0 and below).
    var nextPowerOfTwo: Int { self <= 1 ? 1 : 1 << (Int.bitWidth - (self - 1).leadingZeroBitCount) }
}
