import WinnowCore

/// A simulated detector's output for the sample screens, in COCO results form (images and
/// categories named as the screenshot dataset names them: `image_id` is the image id,
/// `category_name` the class). It finds the drawn widgets, not the labels, so loose labels show
/// up too; its own mistakes are planted and returned, one of each per rule below.
struct DetectorSimulator {
    private var random = SeededRandom(seed: 20_261_205)
    private(set) var results: [JSONValue] = []
    private(set) var mistakes: [DetectorMistake] = []
    /// Similar widgets a detector confuses.
    private static let swaps = ["login_button": "submit_button", "search_field": "text_input", "cancel_button": "submit_button"]
    /// Empty places where it sees a widget anyway: screen index, box, class, score.
    private static let hallucinations: [(screen: Int, box: BoundingBox, category: String, score: Double)] = [
        (0, BoundingBox(x: 1100, y: 700, width: 120, height: 40), "submit_button", 0.81),
        (4, BoundingBox(x: 40, y: 740, width: 90, height: 24), "nav_link", 0.62),
        (7, BoundingBox(x: 1180, y: 20, width: 24, height: 24), "close_button", 0.48),
    ]

    mutating func detect(_ entries: [DatasetEntry]) {
        var swapped = Set<String>()
        var widget = 0
        for (screen, entry) in entries.enumerated() where entry.writesImage {
            for element in entry.painted.elements {
                widget += 1
                let rect = Self.box(element.rect)
                let small = element.rect.width < 30 && element.rect.height < 30  // icons and checkboxes
                if small && widget % 3 == 0 {
                    mistakes.append(mistake(.missedSmallBox, entry, element.category, rect))
                } else if let other = Self.swaps[element.category], swapped.insert(element.category).inserted {
                    let box = jittered(rect)
                    add(entry, other, box, score: random.confidence(in: 0.70...0.85))
                    mistakes.append(mistake(.classSwap, entry, element.category, box, predicted: other))
                } else if !small && widget % 13 == 0 {
                    let box = Self.loose(rect)
                    add(entry, element.category, box, score: random.confidence(in: 0.60...0.90))
                    mistakes.append(mistake(.looseBox, entry, element.category, box))
                } else {
                    add(entry, element.category, jittered(rect), score: random.confidence(in: 0.80...0.99))
                }
            }
            for planted in Self.hallucinations where planted.screen == screen {
                add(entry, planted.category, planted.box, score: planted.score)
                mistakes.append(mistake(.hallucination, entry, planted.category, planted.box))
            }
        }
    }

    private mutating func add(_ entry: DatasetEntry, _ category: String, _ box: BoundingBox, score: Double) {
        results.append([
            "image_id": .string(entry.imageID), "category_name": .string(category),
            "bbox": [.number(box.x), .number(box.y), .number(box.width), .number(box.height)],
            "score": .number((score * 1000).rounded() / 1000),
        ])
    }

    private func mistake(_ kind: DetectorMistake.Kind, _ entry: DatasetEntry, _ category: String, _ box: BoundingBox,
                         predicted: String? = nil) -> DetectorMistake {
        DetectorMistake(kind: kind, imageID: entry.imageID, screen: entry.painted.screen.name, category: category, box: box,
                        predictedCategory: predicted)
    }

    /// The widget give or take a pixel on each side.
    private mutating func jittered(_ box: BoundingBox) -> BoundingBox {
        BoundingBox(x: box.x + Double(random.int(in: -1...1)), y: box.y + Double(random.int(in: -1...1)),
                    width: box.width + Double(random.int(in: -1...1)), height: box.height + Double(random.int(in: -1...1)))
    }

    /// Grown by 30% of its size on every side: IoU 1/1.6² ≈ 0.39 with the widget.
    private static func loose(_ box: BoundingBox) -> BoundingBox {
        BoundingBox(x: (box.x - 0.3 * box.width).rounded(), y: (box.y - 0.3 * box.height).rounded(),
                    width: (1.6 * box.width).rounded(), height: (1.6 * box.height).rounded())
    }

    private static func box(_ rect: PixelRect) -> BoundingBox {
        BoundingBox(x: Double(rect.x), y: Double(rect.y), width: Double(rect.width), height: Double(rect.height))
    }
}
