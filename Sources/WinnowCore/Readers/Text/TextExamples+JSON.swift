import Foundation

/// JSON Lines and JSON files of text examples. Each object is read by its keys: `prompt` and
/// `response` (seed 003), `original_prompt` and `corrected_response` (seed 003's corrections),
/// `instruction` and `instances` (Alpaca), `text` (seed 001).
extension TextExamples {
    /// Lines are read on all cores, each core a share of them (reading is the cost of a big file),
    /// and the shares joined in order. A line longer than `maxLine` is reported and skipped.
    mutating func readJSONLines(_ bytes: UnsafeBufferPointer<UInt8>, maxLine: Int) {
        let shares = max(1, min(bytes.count / 65_536, ProcessInfo.processInfo.activeProcessorCount * 16))
        nonisolated(unsafe) let bytes = bytes  // read only, alive until the map returns
        var parts = LineShare.cut(bytes, into: shares).concurrentMap { [self] share in
            var part = self.part()
            share.forEachLine(in: bytes) { number, range in
                let line = UnsafeBufferPointer(rebasing: bytes[range])
                if line.count > maxLine {
                    part.issues.append(LineLimitedFile.longLine(line.count, cap: maxLine, location: "\(file):\(number)"))
                } else {
                    part.readJSONLine(line, number: number)
                }
            }
            return part
        }
        reserveCapacity(parts.reduce(0) { $0 + $1.items.count })
        for index in parts.indices {
            append(parts[index])
            parts[index] = part()  // let the share go while its items are still in the cache
        }
    }

    /// A line that is not JSON for want of UTF-8 is read again with those bytes replaced.
    private mutating func readJSONLine(_ line: UnsafeBufferPointer<UInt8>, number: Int) {
        guard line.contains(where: { $0 != 0x20 && $0 != 0x09 }) else { return }
        var parsed = Self.parse(line)
        if case .failure = parsed, String(validating: line, as: UTF8.self) == nil {
            replacedBytes = true
            parsed = Array(String(decoding: line, as: UTF8.self).utf8).withUnsafeBufferPointer(Self.parse)
        }
        switch parsed {
        case .failure(let error): report(number, "invalid JSON (column \(error.column): \(error.message))")
        case .success(let value):
            guard let object = value.objectValue else { return report(number, "not a JSON object") }
            readObject(object, line: number, fallbackID: String(number))
        }
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<JSONValue, JSONParseError> {
        Result { () throws(JSONParseError) -> JSONValue in try JSONParser.parse(bytes) }
    }

    /// A JSON array of seed 001 examples, or an object of splits holding `[text, label]` pairs.
    mutating func readJSON(_ text: String) throws(ReadError) {
        let value: JSONValue
        do { value = try JSONParser.parse(text) } catch { throw ReadError("\(file):\(error.line): invalid JSON (column \(error.column): \(error.message))") }
        if let examples = value.arrayValue {
            for (index, example) in examples.enumerated() {
                guard let object = example.objectValue else {
                    report(1, "[\(index)] is not a JSON object")
                    continue
                }
                readObject(object, line: index + 1, fallbackID: String(index + 1))
            }
        } else if let splits = value.objectValue {
            readSplits(splits)
        } else {
            throw ReadError("\(file): neither an array of examples nor an object of splits")
        }
    }

    /// CLINC150: `{"train": [[text, label], ...], ...}`; ids `split-n`, the split kept in metadata.
    private mutating func readSplits(_ splits: JSONObject) {
        for (split, value) in splits.pairs {
            guard let pairs = value.arrayValue else {
                report(1, "split \(split) is not a list of [text, label] pairs", severity: .warning)
                continue
            }
            for (index, pair) in pairs.enumerated() {
                guard let fields = pair.arrayValue, fields.count == 2, let text = fields[0].stringValue, let label = fields[1].stringValue else {
                    report(1, "\(split)[\(index)] is not a [text, label] pair")
                    continue
                }
                add(id: "\(split)-\(index + 1)", line: 1, content: TextContent(text: text),
                    labels: [Self.classLabel("label", label, confidence: nil, source: source)], metadata: JSONObject([("split", .string(split))]))
            }
        }
    }

    private mutating func readObject(_ o: JSONObject, line: Int, fallbackID: String) {
        let id = o["id"]?.stringValue ?? fallbackID
        if let prompt = o["prompt"]?.stringValue, let response = o["response"]?.stringValue {
            readPromptResponse(o, id: id, prompt: prompt, response: response, line: line)
        } else if let prompt = o["original_prompt"]?.stringValue, let corrected = o["corrected_response"]?.stringValue {
            var content = TextContent(prompt: prompt, response: corrected)
            content.confidence = 1  // a person wrote it
            add(id: id, line: line, content: content, metadata: o.removing(Self.correctionFields))
        } else if let instruction = o["instruction"]?.stringValue {
            readInstruction(o, id: id, instruction: instruction, line: line)
        } else if let text = o["text"]?.stringValue {
            readLabelledText(o, id: id, text: text, line: line)
        } else {
            report(line, "no prompt/response, instruction or text field")
        }
    }

    /// Seed 003: confidence from `quality.auto_score`, a person's check (`verified_accurate`) counts 1.
    private mutating func readPromptResponse(_ o: JSONObject, id: String, prompt: String, response: String, line: Int) {
        if prompt.allSatisfy(\.isWhitespace) { report(line, "empty prompt", severity: .warning, code: "text.empty-prompt") }
        var content = TextContent(prompt: prompt, response: response)
        let quality = o["quality"]
        content.confidence = quality?["verified_accurate"]?.boolValue == true ? 1 : quality?["auto_score"]?.doubleValue
        add(id: id, line: line, content: content, metadata: o.removing(Self.promptResponseFields))
    }

    /// Alpaca seed tasks: the instruction (and the instance's input) is the prompt, its output the response.
    private mutating func readInstruction(_ o: JSONObject, id: String, instruction: String, line: Int) {
        let instances = o["instances"]?.arrayValue ?? []
        if instances.isEmpty { report(line, "no instances", severity: .warning) }
        for (index, instance) in instances.enumerated() {
            let input = instance["input"]?.stringValue ?? ""
            let prompt = input.isEmpty ? instruction : instruction + "\n\n" + input
            add(id: index == 0 ? id : "\(id)#\(index + 1)", line: line, content: TextContent(prompt: prompt, response: instance["output"]?.stringValue ?? ""),
                metadata: o.removing(Self.instructionFields))
        }
    }

    /// Seed 001: intent and sentiment as labels, `[text, label, start, end]` entities as spans.
    private mutating func readLabelledText(_ o: JSONObject, id: String, text: String, line: Int) {
        let confidence = o["confidence"]?.doubleValue
        let source = o["source"]?.stringValue ?? self.source
        var labels: [Label] = []
        for key in ["expected_intent", "intent", "label", "category"] {
            if let value = o[key]?.stringValue { labels.append(Self.classLabel("intent", value, confidence: confidence, source: source)); break }
        }
        if let sentiment = o["expected_sentiment"]?.stringValue {
            labels.append(Self.classLabel("sentiment", sentiment, confidence: confidence, source: source))
        }
        for (n, entity) in (o["expected_entities"]?.arrayValue ?? []).enumerated() {
            guard let fields = entity.arrayValue, fields.count == 4, let label = fields[1].stringValue,
                  let start = fields[2].intValue, let end = fields[3].intValue else {
                report(line, "entity \(n + 1) is not [text, label, start, end]")
                continue
            }
            var span = Self.classLabel("e\(n + 1)", label, confidence: confidence, source: source)
            span.span = TextSpan(start: start, end: end)
            if let quoted = fields[0].stringValue, let found = TextSpan(start: start, end: end).text(in: text), found != quoted {
                report(line, "entity \(n + 1) says \"\(quoted)\" but [\(start), \(end)) is \"\(found)\"", severity: .warning, code: "span.text-mismatch")
            }
            labels.append(span)
        }
        var content = TextContent(text: text)
        content.confidence = confidence
        add(id: id, line: line, content: content, labels: labels, metadata: o.removing(Self.labelledTextFields))
    }

    /// The fields shown elsewhere; the rest is metadata, for the validation pane and `show`.
    private static let correctionFields = ["id", "original_prompt", "corrected_response"]
    private static let promptResponseFields = ["id", "prompt", "response"]
    private static let instructionFields = ["id", "instruction", "instances"]
    private static let labelledTextFields = ["id", "text", "expected_intent", "expected_sentiment", "expected_entities"]
}
