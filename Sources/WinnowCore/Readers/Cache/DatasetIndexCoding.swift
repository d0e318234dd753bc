import Foundation

/// A screenshot dataset (as a COCO file or a manifest reads) as bytes and back, laid out so that a
/// second open decodes on every core: the key, a manifest's watch list, the dataset's own fields,
/// the items in chunks of `itemsPerChunk` (`IndexItemCoding`), then a footer with the names the
/// items refer to by number (categories, sources, image folders) and where each chunk starts; the
/// last 8 bytes say where the footer is. Written in one pass, streamed. Nothing richer (signals, text, pairs, events, spans,
/// predictions) is cached.
enum DatasetIndexCoding {
    static let itemsPerChunk = 1024

    static func canEncode(_ dataset: Dataset) -> Bool { dataset.items.allSatisfy(isPlainScreenshot) }

    /// Writes `dataset` (which `canEncode` accepted) after `key` and the files it was read from.
    static func encode(_ dataset: Dataset, key: String, watching watch: ManifestWatchList? = nil, into out: inout BinaryWriter) {
        out.string(key)
        out.byte(watch == nil ? 0 : 1)
        watch?.write(&out)
        out.string(dataset.source.path)
        out.string(dataset.root.path)
        out.string(dataset.format.rawValue)
        IndexItemCoding.issues(dataset.issues, &out)
        out.count(dataset.categoryIDs.count)
        for (id, name) in dataset.categoryIDs.sorted(by: { $0.key < $1.key }) {
            out.string(id)
            out.string(name)
        }
        var names = NameTable()
        var chunkStarts: [Int] = []
        for start in stride(from: 0, to: dataset.items.count, by: itemsPerChunk) {
            chunkStarts.append(out.position)
            for item in dataset.items[start..<min(start + itemsPerChunk, dataset.items.count)] {
                IndexItemCoding.write(item, &out, &names)
            }
        }
        let footer = out.position
        out.count(dataset.items.count)
        out.count(names.count)
        names.names.forEach { out.string($0) }
        out.count(chunkStarts.count)
        chunkStarts.forEach { out.count($0) }
        out.fixed64(UInt64(footer))
    }

    /// The dataset in `bytes` if they begin with `key` and read whole. An image outside
    /// `imageFolders` (paths ending in "/") refuses the cache; images seen at the first read stay
    /// seen only in `watchedFolders` (nil: in all). A watch list must find its files unchanged.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, key: String, imageFolders: [String], watchedFolders: Set<String>?) -> Dataset? {
        var input = BinaryReader(bytes)
        // A cache that watches every folder (a manifest's) must carry the list that does.
        guard input.string() == key, let watched = input.byte(),
              watched == 1 ? ManifestWatchList.isCurrent(&input) : watched == 0 && watchedFolders != nil,
              let source = input.string(), let root = input.string(),
              let format = input.string().flatMap(DatasetFormat.init(rawValue:)),
              let issues = IndexItemCoding.issues(&input), let categoryCount = input.count() else { return nil }
        var categories: [String: String] = [:]
        for _ in 0..<categoryCount {
            guard let id = input.string(), let name = input.string() else { return nil }
            categories[id] = name
        }
        guard let (itemCount, names, bounds) = footer(bytes, itemsFrom: input.offset) else { return nil }
        let folders = names.map { CachedImageFolder($0, allowed: imageFolders, watched: watchedFolders) }
        nonisolated(unsafe) let whole = input
        var decoded = true
        let items = [ReviewItem](unsafeUninitializedCapacity: itemCount) { buffer, initialized in
            nonisolated(unsafe) let slots = buffer
            // Each chunk fills its own slots, in place: no joining copy.
            let filled = Array(0..<(bounds.count - 1)).concurrentMap { chunk -> (count: Int, complete: Bool) in
                let first = chunk * itemsPerChunk
                guard var part = whole.part(from: bounds[chunk], to: bounds[chunk + 1]) else { return (0, false) }
                // Its own copies: items on both cores sharing one string fought over its reference count.
                let ownNames = names.map { String(decoding: Array($0.utf8), as: UTF8.self) }
                return fill(UnsafeMutableBufferPointer(rebasing: slots[first..<min(itemCount, first + itemsPerChunk)]), from: &part,
                            names: ownNames, folders: folders)
            }
            if filled.allSatisfy(\.complete) {
                initialized = itemCount
            } else {
                for (chunk, done) in filled.enumerated() { (slots.baseAddress! + chunk * itemsPerChunk).deinitialize(count: done.count) }
                decoded = false
            }
        }
        guard decoded else { return nil }
        var dataset = Dataset(source: URL(fileURLWithPath: source), root: URL(fileURLWithPath: root, isDirectory: true), format: format,
                              items: items, issues: issues)
        dataset.categoryIDs = categories
        return dataset
    }

    /// The footer of a cache whose items start at `itemsFrom`: how many, the names they refer to,
    /// and where each chunk starts followed by where the last ends.
    private static func footer(_ bytes: UnsafeBufferPointer<UInt8>, itemsFrom start: Int) -> (Int, [String], [Int])? {
        guard let footer = BinaryReader.trailingFixed64(bytes).flatMap({ Int(exactly: $0) }), footer >= start,
              var table = BinaryReader(bytes).part(from: footer, to: bytes.count - 8),
              let itemCount = table.varint().flatMap({ Int(exactly: $0) }), itemCount <= footer - start,  // a byte each at least
              let names = table.strings(), let chunkCount = table.count(),
              chunkCount == (itemCount + itemsPerChunk - 1) / itemsPerChunk else { return nil }
        var bounds: [Int] = []
        for _ in 0..<chunkCount {
            guard let chunkStart = table.varint().flatMap({ Int(exactly: $0) }), chunkStart >= bounds.last ?? start, chunkStart <= footer else { return nil }
            bounds.append(chunkStart)
        }
        guard table.isAtEnd, (bounds.first ?? footer) == start else { return nil }
        return (itemCount, names, bounds + [footer])
    }

    /// Fills `slots` with the items `input` holds: how many it filled, and whether that was all of
    /// them with no bytes left over.
    private static func fill(_ slots: UnsafeMutableBufferPointer<ReviewItem>, from input: inout BinaryReader, names: [String],
                             folders: [CachedImageFolder]) -> (count: Int, complete: Bool) {
        for index in slots.indices {
            guard let item = IndexItemCoding.read(&input, names: names, folders: folders) else { return (index, false) }
            (slots.baseAddress! + index).initialize(to: item)
        }
        return (slots.count, input.isAtEnd)
    }

    private static func isPlainScreenshot(_ item: ReviewItem) -> Bool {
        item.kind == .screenshot && item.signal == nil && item.textContent == nil && item.pair == nil && item.modelOutput == nil
            && item.labels.allSatisfy { $0.event == nil && $0.span == nil }
    }
}
