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
        for file in files {
            let dataset = try readFile(file, options: options)
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
        guard let data = FileManager.default.contents(atPath: url.path) else { throw ReadError("\(url.path): cannot read") }
        var examples = TextExamples(file: url.lastPathComponent)
        let text = examples.decode(data)
        switch kind {
        case .jsonLines: examples.readJSONLines(text)
        case .json: try examples.readJSON(text)
        case .csv: examples.readCSV(text, separator: url.pathExtension.lowercased() == "tsv" ? "\t" : ",")
        case .conll: examples.readCoNLL(text)
        }
        var dataset = Dataset(source: url, root: url.deletingLastPathComponent(), format: .text, items: examples.items, issues: examples.issues)
        if let predictions = options.predictions, kind == .conll {
            dataset = try CoNLLPredictions.attach(predictions, to: dataset)
        }
        return dataset
    }

    private static func fallbackKind(_ url: URL) -> TextFileKind {
        url.pathExtension.lowercased() == "json" ? .json : .conll
    }
}
