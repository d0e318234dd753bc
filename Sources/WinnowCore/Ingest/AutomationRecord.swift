/// One line of an automation run's records file: the seed's `ActionExecutionRecord` as a JSON
/// object (field names as the seed spells them; see `AutomationRecord+Parsing.swift`).
public struct AutomationRecord: Equatable, Sendable {
    /// 1-based line in the records file, for messages.
    public var line: Int
    public var actionID: String
    public var actionType: String
    /// `screenshot_reference` as written: relative to the records file's folder unless absolute.
    public var screenshot: String
    public var match: TemplateMatch?
    public var click: ClickLocation?
    public var clickButton: String?
    public var clickTargetType: String?
    public var activeStates: [String]
    public var success: Bool
    /// A string or a number, kept as the run wrote it; null when the record has none.
    public var timestamp: JSONValue

    public init(line: Int, actionID: String, actionType: String, screenshot: String, match: TemplateMatch? = nil,
                click: ClickLocation? = nil, clickButton: String? = nil, clickTargetType: String? = nil,
                activeStates: [String] = [], success: Bool = true, timestamp: JSONValue = .null) {
        self.line = line
        self.actionID = actionID
        self.actionType = actionType
        self.screenshot = screenshot
        self.match = match
        self.click = click
        self.clickButton = clickButton
        self.clickTargetType = clickTargetType
        self.activeStates = activeStates
        self.success = success
        self.timestamp = timestamp
    }
}
