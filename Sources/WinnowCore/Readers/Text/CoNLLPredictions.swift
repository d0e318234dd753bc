import Foundation

/// Another CoNLL file aligned with the labels' (the same sentences, the same tokens) as a model's
/// entity predictions. A sentence whose token count differs is reported and gets none; a file
/// with another number of sentences is reported and used as far as both go.
enum CoNLLPredictions {
    static func attach(_ options: PredictionOptions, to dataset: Dataset) throws(ReadError) -> Dataset {
        var dataset = dataset
        for index in dataset.items.indices { dataset.items[index].textContent?.predictionModels = options.sources.map(\.name) }
        for source in options.sources {
            guard let data = DataFile.contents(source.url) else { throw ReadError("\(source.url.path): cannot read (--predictions)") }
            let file = source.url.lastPathComponent
            var issues: [Issue] = []
            let sentences = CoNLLSentences(String(decoding: data, as: UTF8.self), file: file, issues: &issues).sentences
            if sentences.count != dataset.items.count {
                issues.append(Issue(.error, "conll.misaligned", "\(sentences.count) sentences where the labels have \(dataset.items.count)", location: file))
            }
            for (index, sentence) in sentences.enumerated() where index < dataset.items.count {
                guard var content = dataset.items[index].textContent else { continue }
                guard sentence.tokens.count == content.tokens.count else {
                    issues.append(Issue(.error, "conll.misaligned", "sentence \(index + 1) has \(sentence.tokens.count) tokens where the labels' has \(content.tokens.count)",
                                        location: "\(file):\(sentence.line)"))
                    continue
                }
                content.predictedSpans += BIOTags.entities(sentence.tags).map {
                    (source.name, $0.label, TextSpan(start: content.tokens[$0.first].start, end: content.tokens[$0.last].end))
                }
                dataset.items[index].textContent = content
            }
            dataset.issues += issues.map { issue in
                var named = issue
                named.location = "\(source.name): " + (issue.location ?? file)
                return named
            }
        }
        return dataset
    }
}
