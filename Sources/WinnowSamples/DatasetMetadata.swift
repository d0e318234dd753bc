import WinnowCore

/// `metadata.json`: name, creation time, counts, categories, and where the planted defects are
/// (so validator tests can check they find exactly these).
enum DatasetMetadata {
    static func json(for entries: [DatasetEntry], seed: UInt64) -> JSONValue {
        let boxes = entries.flatMap(\.annotations)
        let categories = Set(boxes.map(\.category)).sorted()
        let tiers = ConfidenceTier.allCases.map { tier in
            (tier.rawValue, JSONValue.number(Double(boxes.filter {
                $0.source == "template_matching" && ConfidenceTier(confidence: $0.confidence) == tier
            }.count)))
        }
        return [
            "name": "winnow-sample-screens",
            "description": "Synthetic GUI screenshots with template-matching and user-click boxes, made by winnow-sample-generator.",
            "created": .string(SampleTimestamp.iso8601(secondsAfterStart: 0)),
            "generator": "winnow-sample-generator",
            "seed": .number(Double(seed)),
            "counts": [
                "manifest_entries": .number(Double(entries.count)),
                "images": .number(Double(entries.filter(\.writesImage).count)),
                "annotations": .number(Double(boxes.count)),
                "template_matching": .number(Double(boxes.filter { $0.source == "template_matching" }.count)),
                "user_click": .number(Double(boxes.filter { $0.source == "user_click" }.count)),
                "confidence_tiers": .object(JSONObject(tiers)),
            ],
            "categories": .array(categories.map { .string($0) }),
            "deliberate_defects": .array(entries.flatMap { entry in
                entry.painted.screen.defects.map { defect -> JSONValue in
                    ["defect": .string(defect.rawValue), "image_id": .string(entry.imageID),
                     "screen": .string(entry.painted.screen.name)]
                }
            }),
        ]
    }
}
