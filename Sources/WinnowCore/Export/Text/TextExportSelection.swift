/// Which examples an export keeps, as seed 003's `export_for_training` chooses pairs: not judged
/// bad, `include_in_training` not false, relevance at the minimum or above, prompt and response
/// long enough, one per normalised prompt (its first 100 characters, lower case) with corrected
/// examples first so a correction replaces the response it corrected. Labelled texts: not judged
/// bad and with a text. Then each gets its split: stratified by label, grouped by session.
enum TextExportSelection {
    static let relevance = ["low": 1, "medium": 2, "high": 3]

    static func records(_ snapshot: ReviewSnapshot, items: [Int], options: TextExportOptions) -> [TextExportRecord] {
        let kept = items.filter { snapshot.standingVerdict(ofItem: $0) != .bad && snapshot.items[$0].textContent != nil }
        let ordered = kept.filter { isCorrected(snapshot.items[$0]) } + kept.filter { !isCorrected(snapshot.items[$0]) }
        var seenPrompts = Set<String>()
        var records: [TextExportRecord] = []
        for index in ordered {
            let item = snapshot.items[index]
            let content = item.textContent!
            if let prompt = content.prompt, let response = content.response {
                guard keepsPair(item, prompt: prompt, response: response, options: options),
                      seenPrompts.insert(String(prompt.lowercased().trimmingCharacters(in: .whitespacesAndNewlines).prefix(100))).inserted
                else { continue }
                records.append(TextExportRecord(id: item.id, prompt: prompt, response: response))
            } else if let text = content.text {
                var record = TextExportRecord(id: item.id, text: text, label: item.labels.first { $0.span == nil && !$0.rejected }?.category)
                record.entities = item.labels.filter { !$0.rejected }.compactMap { l in l.span.map { ($0.start, $0.end, l.category) } }
                record.tokens = content.tokens
                records.append(record)
            }
        }
        return assignSplits(records, items: Dictionary(uniqueKeysWithValues: ordered.map { (snapshot.items[$0].id, snapshot.items[$0]) }), options: options)
    }

    private static func isCorrected(_ item: ReviewItem) -> Bool {
        item.textContent?.original != nil || item.metadata["corrector"] != nil || item.metadata["correction_reason"] != nil
    }

    private static func keepsPair(_ item: ReviewItem, prompt: String, response: String, options: TextExportOptions) -> Bool {
        let quality = item.metadata["quality"]
        let level = relevance[quality?["domain_relevance"]?.stringValue ?? (isCorrected(item) ? "high" : "low")] ?? 0
        return item.metadata["include_in_training"]?.boolValue != false && level >= (relevance[options.minimumRelevance] ?? 2)
            && prompt.count >= options.minimumPromptLength && response.count >= options.minimumResponseLength
    }

    /// Within each label, groups (a session, else the example) in the order of their hash take the
    /// splits' shares of that label's examples, so every split sees every label in proportion.
    private static func assignSplits(_ records: [TextExportRecord], items: [String: ReviewItem], options: TextExportOptions) -> [TextExportRecord] {
        guard let ratios = options.split else { return records }
        let group = { (record: TextExportRecord) -> String in
            let m = items[record.id]?.metadata
            return (m?["session_id"] ?? m?["conversation_id"] ?? m?["metadata"]?["session_id"])?.stringValue ?? record.id
        }
        var result = records
        for (_, labelled) in Dictionary(grouping: records.indices, by: { records[$0].label ?? "" }) {
            let total = Double(labelled.count)
            let groups = Dictionary(grouping: labelled, by: { group(records[$0]) })
            let unit = { (key: String) in SplitAssignment.unit(ofGroup: key, seed: options.seed) }
            var placed = 0
            for key in groups.keys.sorted(by: { unit($0) < unit($1) }) {
                let members = groups[key]!
                // The group's middle decides: the splits take their shares of the label in turn.
                let split = ratios.names[ratios.split(at: (Double(placed) + Double(members.count) / 2) / total)]
                for index in members { result[index].split = split }
                placed += members.count
            }
        }
        return result
    }
}
