import Foundation

/// Names (item ids, reviewers) interned by content and numbered in order of first sight, for
/// replay, which looks one up per event in no particular order. Swift's Dictionary keeps no hashes
/// and compares keys through their heap storage at every probe (a third of a 1M-event replay
/// went there); here a slot holds the name's length and first 16 bytes, so looking up an id of
/// up to 16 bytes touches one slot and nothing else.
struct NameTable: Sendable {
    private struct Slot: Sendable {
        var head: UInt64 = 0
        var tail: UInt64 = 0
        var length: UInt32 = 0
        /// The name's number + 1; 0 for an empty slot.
        var entry: UInt32 = 0
    }

    private(set) var names: [String] = []
    /// What `warm` loaded, kept so the loads are not optimized away.
    private var warmed: UInt32 = 0
    private var hashes: [UInt64] = []
    /// Open addressing with linear probing, at most half full.
    private var slots = [Slot](repeating: Slot(), count: 16)

    var count: Int { names.count }

    mutating func reserveCapacity(_ n: Int) {
        guard n * 2 > slots.count else { return }
        names.reserveCapacity(n)
        hashes.reserveCapacity(n)
        rebuild(capacity: n * 2)
    }

    /// The number of the name whose UTF-8 is `bytes`; a new name is added as `make()` (its
    /// text, or nil when the bytes are not valid UTF-8: then nothing is added).
    mutating func number(of bytes: UnsafeBufferPointer<UInt8>, orAdd make: () -> String?) -> Int? {
        let hash = Self.hash(bytes)
        if let found = find(bytes, hash: hash) { return found }
        guard let name = make() else { return nil }
        return add(name, bytes: bytes, hash: hash)
    }

    mutating func number(adding name: String) -> Int {
        var copy = name
        return copy.withUTF8 { bytes in number(of: bytes) { name } ?? 0 }
    }

    func number(of name: String) -> Int? {
        guard !names.isEmpty else { return nil }  // a fresh journal: a million lookups without hashing
        var copy = name
        return copy.withUTF8 { find($0, hash: Self.hash($0)) }
    }

    /// Loads the slots of names with these hashes one after another, so their waits for memory
    /// overlap and the look-ups that follow find them in the cache.
    mutating func warm(_ hashes: UnsafeBufferPointer<UInt64>) {
        let mask = slots.count - 1
        var sum: UInt32 = 0
        slots.withUnsafeBufferPointer { slots in
            for hash in hashes { sum &+= slots[Self.slot(hash, mask)].entry }
        }
        warmed &+= sum
    }

    private func find(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
        let (head, tail) = Self.prefix(bytes)
        let mask = slots.count - 1
        var index = Self.slot(hash, mask)
        while true {
            let slot = slots[index]
            if slot.entry == 0 { return nil }
            if slot.length == bytes.count, slot.head == head, slot.tail == tail {
                let entry = Int(slot.entry) - 1
                if bytes.count <= 16 || restMatches(entry, bytes) { return entry }
            }
            index = (index + 1) & mask
        }
    }

    /// Bytes past the 16 a slot holds (long ids only).
    private func restMatches(_ entry: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var name = names[entry]
        return name.withUTF8 { stored in
            stored.count == bytes.count && memcmp(stored.baseAddress! + 16, bytes.baseAddress! + 16, bytes.count - 16) == 0
        }
    }

    private mutating func add(_ name: String, bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int {
        let entry = names.count
        names.append(name)
        hashes.append(hash)
        if names.count * 2 > slots.count {
            rebuild(capacity: slots.count * 2)
        } else {
            place(entry, bytes: bytes, hash: hash)
        }
        return entry
    }

    private mutating func rebuild(capacity: Int) {
        var size = 16
        while size < capacity { size *= 2 }
        slots = [Slot](repeating: Slot(), count: size)
        for entry in names.indices {
            var name = names[entry]
            name.withUTF8 { place(entry, bytes: $0, hash: hashes[entry]) }
        }
    }

    private mutating func place(_ entry: Int, bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) {
        let mask = slots.count - 1
        var index = Self.slot(hash, mask)
        while slots[index].entry != 0 { index = (index + 1) & mask }
        let (head, tail) = Self.prefix(bytes)
        slots[index] = Slot(head: head, tail: tail, length: UInt32(bytes.count), entry: UInt32(entry + 1))
    }

    /// The first 16 bytes as two words, zero-padded.
    private static func prefix(_ bytes: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64) {
        guard let base = bytes.baseAddress else { return (0, 0) }
        if bytes.count >= 16 {
            let raw = UnsafeRawPointer(base)
            return (raw.loadUnaligned(as: UInt64.self), raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
        }
        var words: (UInt64, UInt64) = (0, 0)
        withUnsafeMutableBytes(of: &words) { $0.copyMemory(from: UnsafeRawBufferPointer(bytes)) }
        return words
    }

    private static func slot(_ hash: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> 29) & mask
    }

    /// FNV-1a over 8-byte words, then a final mix: ids are short, mostly ASCII and alike.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        guard let base = bytes.baseAddress else { return h }
        let raw = UnsafeRawPointer(base)
        var i = 0
        while i + 8 <= bytes.count {
            h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0x100_0000_01B3
            h ^= h >> 29
            i += 8
        }
        while i < bytes.count {
            h = (h ^ UInt64(bytes[i])) &* 0x100_0000_01B3
            i += 1
        }
        h ^= UInt64(bytes.count)
        h ^= h >> 33
        h = h &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33
        return h
    }
}
