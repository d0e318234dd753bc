import Foundation

/// Reads a file of text examples (see `TextFileKind`), or a folder of them (ids then `file/id`).
/// Each example is an item; its label (intent, category) and entity spans are the item's labels,
/// its tags, feedback, scores and split its metadata. A line or record that cannot be read is
/// reported as `file:line` and skipped.
public enum TextDatasetReader {
    public static func read(_ url: URL, options: ReadOptions) throws(ReadError) -> Dataset {
        guard DatasetDetector.isFolder(url) else { return try readFile(url, options: options) }
        guard options.predictions == nil else { throw ReadError("\(url.path): --predictions goes with one CoNLL file, not a folder") }
        let files = DatasetDetector.textFiles(in: url)
        guard !files.isEmpty else { throw ReadError("\(url.path): no text files (JSONL, JSON, CSV or CoNLL) in the folder") }
        var items: [ReviewItem] = [], issues: [Issue] = []
        var whole = options
        whole.previewBytes = nil  // a preview is of one big file
        for file in files {
            let dataset = try readFile(file, options: whole)
            let stem = file.deletingPathExtension().lastPathComponent
            items += dataset.items.map { item in
                var named = item
                named.id = stem + "/" + item.id
                named.localID = named.id
                return named
            }
            issues += dataset.issues
        }
        return Dataset(source: url, root: url, format: .text, items: items, issues: issues)
    }

    private static func readFile(_ url: URL, options: ReadOptions) throws(ReadError) -> Dataset {
        guard let kind = TextFileKind.of(url) ?? (options.format == .text ? fallbackKind(url) : nil) else {
            throw ReadError("\(url.path): not a text format Winnow reads (JSONL, JSON, CSV or CoNLL)")
        }
        let limit = kind == .jsonLines ? options.previewBytes : nil
        var examples = TextExamples(file: url.lastPathComponent)
        var isPreview = false
        if kind == .jsonLines, let mapped = mappedWhole(url, limit: limit) {
            withExtendedLifetime(mapped) { examples.readJSONLines(mapped.bytes, maxLine: options.maxLineBytes) }
        } else {
            guard let (bytes, preview, longLines) = contents(of: url, limit: limit, kind: kind, maxLine: options.maxLineBytes) else {
                throw ReadError("\(url.path): cannot read")
            }
            isPreview = preview
            examples.issues += longLines
            switch kind {
            case .jsonLines: bytes.withUnsafeBufferPointer { examples.readJSONLines($0, maxLine: .max) }
            case .json: try examples.readJSON(examples.decode(bytes))
            case .csv: examples.readCSV(examples.decode(bytes), separator: url.pathExtension.lowercased() == "tsv" ? "\t" : ",")
            case .conll: examples.readCoNLL(examples.decode(bytes))
            }
        }
        examples.finish()
        var dataset = Dataset(source: url, root: url.deletingLastPathComponent(), format: .text, items: examples.items, issues: examples.issues)
        dataset.isPreview = isPreview
        if let predictions = options.predictions, kind == .conll {
            dataset = try CoNLLPredictions.attach(predictions, to: dataset)
        }
        return dataset
    }

    /// A JSONL file read whole is parsed from its mapping, without a copy, unless it is so big that
    /// its mapped pages must be handed back as it is scanned (`LineLimitedFile`, for a file of one
    /// 2 GB line) or only its head is wanted.
    private static func mappedWhole(_ url: URL, limit: Int?) -> MappedFile? {
        guard let file = MappedFile(url), file.bytes.count <= 1 << 30, file.bytes.count <= limit ?? .max else { return nil }
        return file
    }

    /// The file, or with a limit smaller than it, its lines that end within the first `limit` bytes;
    /// a line-oriented file without its lines longer than `maxLine` (reported).
    private static func contents(of url: URL, limit: Int?, kind: TextFileKind, maxLine: Int) -> ([UInt8], isPreview: Bool, [Issue])? {
        func whole() -> ([UInt8], isPreview: Bool, [Issue])? {
            if kind == .json { return DataFile.bytes(url).map { ($0, false, []) } }
            return LineLimitedFile.read(url, cap: maxLine, location: url.lastPathComponent).map { ($0.bytes, false, $0.issues) }
        }
        guard let limit, let size = try? url.resourceValues(forKeys: [.fileSizeKey]).fileSize, size > limit,
              let handle = try? FileHandle(forReadingFrom: url) else { return whole() }
        defer { try? handle.close() }
        guard let head = try? handle.read(upToCount: limit) else { return nil }
        guard let lastNewline = head.lastIndex(of: UInt8(ascii: "\n")) else { return whole() }  // one huge line: no preview
        return ([UInt8](head[head.startIndex...lastNewline]), true, [])
    }

    private static func fallbackKind(_ url: URL) -> TextFileKind {
        url.pathExtension.lowercased() == "json" ? .json : .conll
    }
}
