/// An item's entity spans checked against its text: past the end, not matching the quoted
/// entity text, overlapping another span.
enum SpanCheck {
    static func issues(_ labels: [Label], in text: String?, quoted: [String: String] = [:]) -> [Issue] {
        let spans = labels.compactMap { label in label.span.map { (label, $0) } }
        guard let text, !spans.isEmpty else { return [] }
        let length = text.unicodeScalars.count
        var issues: [Issue] = []
        for (label, span) in spans {
            if span.start < 0 || span.end > length || span.start >= span.end {
                issues.append(Issue(.error, "span.out-of-text", "entity \(label.id) (\(label.category)) at [\(span.start), \(span.end)) is outside the text (\(length) characters)"))
            }
        }
        let sorted = spans.sorted { $0.1.start < $1.1.start }
        for (a, b) in zip(sorted, sorted.dropFirst()) where b.1.start < a.1.end {
            issues.append(Issue(.warning, "span.overlap", "entities \(a.0.id) (\(a.0.category)) and \(b.0.id) (\(b.0.category)) overlap"))
        }
        return issues
    }
}
