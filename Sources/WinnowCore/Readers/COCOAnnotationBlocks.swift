import Foundation

/// A COCO file's annotations parsed on all cores in blocks (cut where elements start, see
/// `JSONParser.skipArrayMarkingElements`) while the caller reads the images, then handed over in
/// file order. Only a window of blocks is held at once. A block that does not read cleanly is
/// left to the caller, who goes on from its start one element at a time, so a broken file gets
/// exactly the message a reading from the start would give.
final class COCOAnnotationBlocks: @unchecked Sendable {  // its state is behind `lock`
    private let bytes: UnsafeBufferPointer<UInt8>
    private let marks: [Int]
    private let window: Int
    private let lock = NSCondition()
    private var parsed: [Int: [COCOAnnotationFields]] = [:]
    private var failed: Set<Int> = []
    private var nextToParse = 0
    private var consumed = 0
    private var stopped = false
    private let workers = DispatchGroup()

    /// `marks` as `skipArrayMarkingElements` gives them: block `n` runs from `marks[n]` to `marks[n + 1]`.
    init(bytes: UnsafeBufferPointer<UInt8>, marks: [Int], window: Int = 32) {
        self.bytes = bytes
        self.marks = marks
        self.window = window
    }

    var count: Int { max(0, marks.count - 1) }

    func start(workers count: Int = ProcessInfo.processInfo.activeProcessorCount) {
        for _ in 0..<max(1, min(count, self.count)) {
            DispatchQueue.global().async(group: workers) { self.work() }
        }
    }

    /// Each block in order, until one did not read: then the offset of its first element (nil when
    /// all did). The workers are stopped before this returns, whatever `body` does.
    func forEachInOrder(_ body: ([COCOAnnotationFields], _ end: Int) throws(JSONParseError) -> Void) throws(JSONParseError) -> Int? {
        defer { stop() }
        for block in 0..<count {
            guard let fields = take(block) else { return marks[block] }
            try body(fields, marks[block + 1])
        }
        return nil
    }

    /// Tells the workers to finish and waits for them: they read the caller's mapping.
    func stop() {
        lock.lock()
        stopped = true
        lock.broadcast()
        lock.unlock()
        workers.wait()
    }

    private func take(_ block: Int) -> [COCOAnnotationFields]? {
        lock.lock()
        defer { lock.unlock() }
        while parsed[block] == nil, !failed.contains(block) { lock.wait() }
        consumed = block + 1
        lock.broadcast()
        return parsed.removeValue(forKey: block)
    }

    private func work() {
        while let block = nextBlock() {
            let fields = Self.parse(bytes, from: marks[block], to: marks[block + 1], last: block == count - 1)
            lock.lock()
            if let fields { parsed[block] = fields } else { failed.insert(block) }
            lock.broadcast()
            lock.unlock()
        }
    }

    private func nextBlock() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        while !stopped, nextToParse < count, nextToParse - consumed >= window { lock.wait() }
        guard !stopped, nextToParse < count else { return nil }
        nextToParse += 1
        return nextToParse - 1
    }

    /// The elements from `start` up to the next block's first (or the closing bracket), or nil if
    /// anything there is not as a clean read would find it.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, last: Bool) -> [COCOAnnotationFields]? {
        var parser = JSONParser.at(start, in: bytes)
        var fields: [COCOAnnotationFields] = []
        do {
            while true {
                fields.append(try COCOAnnotationFields(parsing: &parser))
                parser.skipWhitespace()
                switch parser.peek() {
                case UInt8(ascii: "]"): return last && parser.index == end ? fields : nil
                case UInt8(ascii: ","):
                    parser.index += 1
                    parser.skipWhitespace()
                    if parser.index == end { return last ? nil : fields }
                    if parser.index > end { return nil }
                default: return nil
                }
            }
        } catch {
            return nil
        }
    }
}
