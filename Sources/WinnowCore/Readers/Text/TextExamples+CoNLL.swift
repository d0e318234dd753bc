/// CoNLL token-per-line files: `token<TAB or spaces>TAG` (the tag last), a blank line ending a
/// sentence. Each sentence is an item whose text is its tokens joined by spaces and whose labels
/// are its BIO entities as spans (an `I-` without a `B-` starts an entity, as seqeval reads it).
extension TextExamples {
    mutating func readCoNLL(_ text: String) {
        for sentence in CoNLLSentences(text, file: file, issues: &issues).sentences {
            let (content, entities) = sentence.content()
            let labels = entities.enumerated().map { n, entity in
                var label = Self.classLabel("e\(n + 1)", entity.label, confidence: nil, source: source)
                label.span = entity.span
                return label
            }
            var labelled = content
            labelled.confidence = 1  // a gold sentence without entities is labelled too: all O
            add(id: "s\(items.count + 1)", line: sentence.line, content: labelled, labels: labels)
        }
    }
}
