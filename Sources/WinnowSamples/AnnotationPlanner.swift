import WinnowCore

/// Turns drawn widgets into the labels a capture tool would have written: template-matching
/// boxes whose error grows as confidence drops, a user-click box for each click, and the
/// screen's deliberate defects.
struct AnnotationPlanner {
    private var random: SeededRandom
    private var drawn = 0
    /// Mostly confident matches with regular medium and low ones, as a matcher produces.
    private let tierCycle: [ConfidenceTier] = [.high, .high, .medium, .high, .low, .high, .medium, .high, .low]
    /// Each screen's weakest tier, in turn, so that whole items (rated by their weakest box)
    /// land in every tier and the triage queue has something to order.
    private let screenTiers: [ConfidenceTier] = [.high, .medium, .low]
    private var screensPlanned = 0
    private var placedMediumEdge = false
    private var placedLowEdge = false

    init(seed: UInt64) { random = SeededRandom(seed: seed) }

    mutating func annotations(for painted: PaintedScreen) -> [SampleAnnotation] {
        // The near-duplicate pair stands in for the target's own match, so it is exactly a pair.
        let replaced = painted.screen.defects.contains(.nearDuplicateBoxes) ? painted.target : nil
        let weakest = screenTiers[screensPlanned % screenTiers.count]
        screensPlanned += 1
        var boxes: [SampleAnnotation] = []
        for (index, element) in painted.elements.filter({ $0 != replaced }).enumerated() {
            boxes.append(templateMatch(for: element, weakest: weakest, first: index == 0))
        }
        if painted.screen.action.type == "CLICK" {
            boxes.append(.userClick(atX: painted.target.rect.centerX, y: painted.target.rect.centerY,
                                    painted.target.category))
        }
        for defect in painted.screen.defects {
            boxes += Self.planted(defect, on: painted)
        }
        return boxes
    }

    /// The first box of a screen gets the screen's weakest tier; later ones follow the cycle,
    /// raised to that tier where the cycle would go below it.
    private mutating func templateMatch(for element: ScreenElement, weakest: ConfidenceTier, first: Bool) -> SampleAnnotation {
        let cycled = tierCycle[drawn % tierCycle.count]
        drawn += 1
        let tier = first ? weakest : max(cycled, weakest)
        var confidence = random.confidence(in: tier.drawRange)
        // Put one box exactly on each tier edge: 0.9 is medium and 0.7 is low (tiers are "greater than").
        if tier == .medium && !placedMediumEdge { confidence = 0.9; placedMediumEdge = true }
        if tier == .low && !placedLowEdge { confidence = 0.7; placedLowEdge = true }
        return .templateMatch(jittered(element.rect, by: tier.jitter), element.category, confidence: confidence)
    }

    /// The widget's rectangle moved and resized by up to `amount` pixels, kept on the screen.
    private mutating func jittered(_ rect: PixelRect, by amount: Int) -> BoundingBox {
        let width = max(4, rect.width + random.int(in: -amount...amount))
        let height = max(4, rect.height + random.int(in: -amount...amount))
        let x = min(max(0, rect.x + random.int(in: -amount...amount)), PaintedScreen.width - width)
        let y = min(max(0, rect.y + random.int(in: -amount...amount)), PaintedScreen.height - height)
        return BoundingBox(x: Double(x), y: Double(y), width: Double(width), height: Double(height))
    }

    /// Extra boxes a defect adds (defects about files, not boxes, add none).
    private static func planted(_ defect: DeliberateDefect, on painted: PaintedScreen) -> [SampleAnnotation] {
        switch defect {
        case .boxPartlyOutside:
            // A stray match for the window's close button, 14 px past the right edge.
            let box = BoundingBox(x: Double(PaintedScreen.width - 22), y: 6, width: 36, height: 22)
            return [.templateMatch(box, "close_button", confidence: 0.58)]
        case .zeroAreaBox:
            let link = painted.elements.first { $0.category == "nav_link" }!.rect
            let box = BoundingBox(x: Double(link.x), y: Double(link.y), width: 0, height: Double(link.height))
            return [.templateMatch(box, "nav_link", confidence: 0.44)]
        case .nearDuplicateBoxes:
            let target = painted.target.rect
            let first = BoundingBox(x: Double(target.x), y: Double(target.y), width: Double(target.width),
                                    height: Double(target.height))
            let second = BoundingBox(x: first.x + 2, y: first.y + 1, width: first.width, height: first.height)
            precondition(first.iou(second) > 0.9, "near-duplicate boxes must overlap with IoU > 0.9")
            return [.templateMatch(first, painted.target.category, confidence: 0.93),
                    .templateMatch(second, painted.target.category, confidence: 0.88)]
        case .missingImageFile, .unknownImageSize:
            return []
        }
    }
}
