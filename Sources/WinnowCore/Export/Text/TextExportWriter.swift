/// The files of a text export, one per split that has examples where the format splits (all in
/// `train` without `--split`), plus what a format needs beside them (`dataset_info.json` for hf).
enum TextExportWriter {
    static func files(_ records: [TextExportRecord], options: TextExportOptions) -> [ExportFile] {
        let bySplit = Dictionary(grouping: records, by: \.split)
        // A split with no example gets no file: `datasets` cannot read an empty JSONL.
        let splits = (options.split?.names ?? ["train"]).filter { bySplit[$0] != nil }
        switch options.format {
        case .jsonl:
            if options.split == nil { return [ExportFile("examples.jsonl", text: jsonl(records, chat: options.chat, uniform: false))] }
            return splits.map { ExportFile("\($0).jsonl", text: jsonl(bySplit[$0] ?? [], chat: options.chat, uniform: false)) }
        case .csv:
            return [ExportFile("examples.csv", text: csv(records))]
        case .hf:
            return splits.map { ExportFile("\($0).jsonl", text: jsonl(bySplit[$0] ?? [], chat: options.chat, uniform: true)) }
                + [ExportFile("dataset_info.json", text: JSONWriter.string(datasetInfo(records, splits: splits), pretty: true) + "\n")]
        case .spacy:
            return splits.map { ExportFile("\($0).json", text: JSONWriter.string(.array((bySplit[$0] ?? []).map(spacy)), pretty: false) + "\n") }
        case .conll:
            return splits.map { ExportFile("\($0).conll", text: (bySplit[$0] ?? []).filter { $0.text != nil }.map(conll).joined(separator: "\n")) }
        }
    }

    /// `uniform` (hf): every record the same columns and types, as Arrow needs them: a missing
    /// label is "", entities always there.
    static func json(_ r: TextExportRecord, chat: Bool, uniform: Bool) -> JSONValue {
        if let prompt = r.prompt, let response = r.response {
            if chat {
                return ["messages": [["role": "user", "content": .string(prompt)], ["role": "assistant", "content": .string(response)]]]
            }
            return .object(JSONObject([("prompt", .string(prompt)), ("response", .string(response))]))
        }
        var object = JSONObject([("text", .string(r.text ?? "")), ("label", r.label.map { .string($0) } ?? (uniform ? "" : .null))])
        if uniform || !r.entities.isEmpty {
            object["entities"] = .array(r.entities.map { ["start": JSONValue($0.start), "end": JSONValue($0.end), "label": .string($0.label)] })
        }
        return .object(object)
    }

    private static func jsonl(_ records: [TextExportRecord], chat: Bool, uniform: Bool) -> String {
        records.map { JSONWriter.string(json($0, chat: chat, uniform: uniform)) + "\n" }.joined()
    }

    private static func csv(_ records: [TextExportRecord]) -> String {
        let pairs = records.contains { $0.prompt != nil }
        var lines = [pairs ? "prompt,response,split" : "text,label,split"]
        for r in records {
            let fields = pairs ? [r.prompt ?? "", r.response ?? "", r.split] : [r.text ?? "", r.label ?? "", r.split]
            lines.append(fields.map(CSVField.escaped).joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// The features and split sizes, as `datasets` describes a dataset.
    private static func datasetInfo(_ records: [TextExportRecord], splits: [String]) -> JSONValue {
        let pairs = records.contains { $0.prompt != nil }
        let string: JSONValue = ["dtype": "string", "_type": "Value"]
        let entity: JSONValue = ["feature": ["start": ["dtype": "int64", "_type": "Value"], "end": ["dtype": "int64", "_type": "Value"],
                                             "label": string], "_type": "List"]
        let features: [(String, JSONValue)] = pairs ? [("prompt", string), ("response", string)]
            : [("text", string), ("label", string), ("entities", entity)]
        let labels = Set(records.compactMap(\.label)).sorted().map { JSONValue.string($0) }
        return .object(JSONObject([
            ("description", "Exported by winnow: curated examples"),
            ("features", .object(JSONObject(features))),
            ("label_names", .array(labels)),
            ("splits", .object(JSONObject(splits.map { name in
                (name, ["name": .string(name), "num_examples": JSONValue(records.filter { $0.split == name }.count)])
            }))),
        ]))
    }

    /// Seed 001's spaCy form: the text, then its categories (1 for its label) and entity offsets.
    private static func spacy(_ r: TextExportRecord) -> JSONValue {
        var annotations = JSONObject()
        if let label = r.label { annotations["cats"] = .object(JSONObject([(label, JSONValue(1.0))])) }
        annotations["entities"] = .array(r.entities.map { [JSONValue($0.start), JSONValue($0.end), .string($0.label)] })
        return [.string(r.text ?? r.prompt ?? ""), .object(annotations)]
    }

    /// Tokens (a CoNLL sentence's, else the text split at spaces) with BIO tags from the spans.
    private static func conll(_ r: TextExportRecord) -> String {
        let text = r.text ?? ""
        var words = TextContent(text: text)
        words.tokens = r.tokens
        let tokens = words.words
        var lines: [String] = []
        for token in tokens {
            let entity = r.entities.first { $0.start < token.end && token.start < $0.end }
            let tag = entity.map { ($0.start >= token.start ? "B-" : "I-") + $0.label } ?? "O"
            lines.append("\(token.text(in: text) ?? "")\t\(tag)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
