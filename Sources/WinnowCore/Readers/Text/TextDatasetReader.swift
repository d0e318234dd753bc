import Foundation

/// Reads one file of text examples (see `TextFileKind`). Each example is an item; its label
/// (intent, category) and entity spans are the item's labels, its tags, feedback, scores and split
/// its metadata. A line or record that cannot be read is reported as `file:line` and skipped.
public enum TextDatasetReader {
    public static func read(_ url: URL, options: ReadOptions) throws(ReadError) -> Dataset {
        guard !DatasetDetector.isFolder(url) else { throw ReadError("\(url.path): name one text file (JSONL, JSON, CSV or CoNLL)") }
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
