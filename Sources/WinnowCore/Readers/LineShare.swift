import Foundation

/// A run of whole lines of a file, with the number of its first line: a big line-oriented file
/// is cut into shares that all cores read at once, each line keeping its number for messages.
struct LineShare: Sendable {
    let range: Range<Int>
    let firstLine: Int

    /// About `count` shares cut after line breaks; lines are counted on all cores to number them.
    static func cut(_ bytes: UnsafeBufferPointer<UInt8>, into count: Int) -> [LineShare] {
        var cuts = [0]
        for k in 1..<max(1, count) {
            let from = max(cuts[cuts.count - 1], bytes.count * k / count)
            guard from < bytes.count, let found = memchr(bytes.baseAddress! + from, 0x0A, bytes.count - from) else { break }
            let next = bytes.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
            if next < bytes.count { cuts.append(next) }
        }
        cuts.append(bytes.count)
        nonisolated(unsafe) let shared = bytes  // read only, alive for the call
        let breaks = (0..<cuts.count - 1).map { cuts[$0]..<cuts[$0 + 1] }.concurrentMap { range in
            var count = 0, from = range.lowerBound
            while from < range.upperBound, let found = memchr(shared.baseAddress! + from, 0x0A, range.upperBound - from) {
                count += 1
                from = shared.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
            }
            return count
        }
        var first = 1
        return zip(cuts, cuts.dropFirst()).enumerated().map { index, bounds in
            defer { first += breaks[index] }
            return LineShare(range: bounds.0..<bounds.1, firstLine: first)
        }
    }

    /// Each line of the share (its byte range without the LF, or CRLF) with its number. A last
    /// line without a line break is kept: it is the one a crash leaves half-written, and readers
    /// report it rather than lose it silently.
    func forEachLine(in bytes: UnsafeBufferPointer<UInt8>, _ body: (_ number: Int, _ line: Range<Int>) -> Void) {
        var start = range.lowerBound, number = firstLine
        while start < range.upperBound {
            var end = range.upperBound
            if let found = memchr(bytes.baseAddress! + start, 0x0A, range.upperBound - start) {
                end = bytes.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
            }
            body(number, start..<(end > start && bytes[end - 1] == 0x0D ? end - 1 : end))
            start = end + 1
            number += 1
        }
    }
}
