extension AutomationRecord {
    /// The category of a click box when nothing better is known (the seed's example name).
    public static let defaultClickCategory = "click_target"

    /// The match's box, then the click's box.
    public var boxes: [IngestedBox] {
        var boxes: [IngestedBox] = []
        if let match { boxes.append(.matched(match)) }
        if let click { boxes.append(.clicked(at: click, category: clickCategory(click))) }
        return boxes
    }

    /// A click inside the matched box clicked that target, so it shares the match's category;
    /// otherwise (no match, or a click offset away from it) `click_target_type`, else "click_target".
    func clickCategory(_ click: ClickLocation) -> String {
        if let match, match.box.x <= click.x, click.x <= match.box.maxX, match.box.y <= click.y, click.y <= match.box.maxY {
            return match.category
        }
        return clickTargetType ?? Self.defaultClickCategory
    }

    /// What the annotation file's `context.actions` keeps of this record: every action seen on the image.
    var contextJSON: JSONValue {
        var object = JSONObject([
            ("action_id", .string(actionID)),
            ("action_type", .string(actionType)),
            ("success", .bool(success)),
            ("timestamp", timestamp),
            ("active_states", .array(activeStates.map { .string($0) })),
            ("screenshot_reference", .string(screenshot)),
        ])
        if let click { object["clicked_location"] = click.json }
        if let clickButton { object["click_button"] = .string(clickButton) }
        if let clickTargetType { object["click_target_type"] = .string(clickTargetType) }
        return .object(object)
    }
}
