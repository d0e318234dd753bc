import WinnowCanvas
import WinnowCore

/// Center pane for a text example: the prompt and its response, or the labelled text with its
/// entity spans underlined in their category's colour and named after them (‹city›), then the
/// same text as each model marks it. Long texts scroll (`text.scroll-down` / `-up`).
enum TextPane {
    static func render(_ state: AppState, in rect: Rect, into grid: inout Grid, theme: Theme) {
        let item = state.currentItem
        let title = state.currentItemIndex.map { ItemNames.title(state.items[$0].path, details: "  \(state.tier(ofItem: $0).rawValue)", paneWidth: rect.width) }
        PaneFrame.draw(rect, title: title ?? "Text",
                       into: &grid, theme: theme, display: state.display)
        let content = rect.inset(by: 1)
        guard let item, let text = item.textContent, !content.isEmpty else { return }
        let lines = body(item, text, width: content.width, theme: theme, state: state)
        let first = visibleStart(state.textScroll, lineCount: lines.count, height: content.height)
        for (row, line) in lines.dropFirst(first).prefix(content.height).enumerated() {
            var x = content.x
            for run in line {
                grid.write(run.text, x: x, y: content.y + row, style: run.style, maxWidth: content.maxX - x)
                x += DisplayWidth.of(run.text)
            }
        }
        if first + content.height < lines.count {
            let more = " \(lines.count - first - content.height) more lines (\(state.keymap.firstKey(for: .textScrollDown) ?? "scroll")) "
            grid.write(more, x: content.maxX - DisplayWidth.of(more), y: rect.maxY - 1, style: theme[.textDim], maxWidth: content.width)
        }
    }

    /// How far the current text can scroll: its wrapped lines past the pane's height (styles do
    /// not change the wrapping, so any theme will do).
    static func maxScroll(_ state: AppState) -> Int {
        guard let layout = WorkstationLayout(state), let item = state.currentItem, let text = item.textContent else { return 0 }
        let content = layout.image.inset(by: 1)
        return max(0, body(item, text, width: content.width, theme: Theme(name: "plain"), state: state).count - content.height)
    }

    /// How much of a prompt or response a frame wraps (in bytes, checked cheaply).
    static let shownLimit = 20_000

    /// The first line shown: the scroll position, kept so the last screen is full.
    static func visibleStart(_ scroll: Int, lineCount: Int, height: Int) -> Int {
        max(0, min(scroll, lineCount - height))
    }

    private static func body(_ item: ReviewItem, _ text: TextContent, width: Int, theme: Theme, state: AppState) -> [StyledWrap.Line] {
        var lines: [StyledWrap.Line] = []
        func section(_ heading: String, _ segments: [(String, Style)]) {
            if !lines.isEmpty { lines.append([]) }
            lines.append([(heading, theme[.paneTitle])])
            lines += StyledWrap.lines(segments, width: width)
        }
        let shown = { (field: String) -> [(String, Style)] in
            // A frame wraps what it shows: a 10 MB response is shown in part, so keys stay quick.
            guard field.utf8.count > Self.shownLimit else { return [(field, theme[.text])] }
            let head = String(field.prefix(Self.shownLimit))
            return [(head, theme[.text]), ("\n… \(field.count - head.count) more characters (winnow show, or E to open it all)", theme[.textDim])]
        }
        if let prompt = text.prompt { section("Prompt", shown(prompt)) }
        let corrected = text.original == nil ? "" : " (corrected)"
        if let response = text.response { section("Response" + corrected, shown(response)) }
        if let body = text.text {
            let slots = categorySlots(item)
            let spans = item.labels.filter { !$0.rejected }.compactMap { label in label.span.map { (span: $0, label: label.category, id: Optional(label.id)) } }
            let words = text.words
            let cursor = words.isEmpty ? nil : words[min(state.textCursor, words.count - 1)]
            let selected = state.selectedLabel.flatMap { item.labels.indices.contains($0) ? item.labels[$0].id : nil }
            section(spans.isEmpty ? "Text" : "Text and entities",
                    marked(body, spans, slots: slots, theme: theme, underline: true, unicode: state.display.unicode, selected: selected, cursor: cursor))
            for model in Set(text.predictedSpans.map(\.model)).sorted() {
                let predicted = text.predictedSpans.filter { $0.model == model }.map { (span: $0.span, label: $0.label, id: String?.none) }
                section("Model \(model)", marked(body, predicted, slots: slots, theme: theme, underline: false, unicode: state.display.unicode))
            }
        }
        return lines
    }

    /// The text in runs: each span in its category's colour (underlined for labels, italic for a
    /// model's; the selected one in the selection colour), followed by its label in angle quotes;
    /// the word at the cursor reversed.
    private static func marked(_ text: String, _ spans: [(span: TextSpan, label: String, id: String?)], slots: [String: Int], theme: Theme,
                               underline: Bool, unicode: Bool, selected: String? = nil, cursor: TextSpan? = nil) -> [(String, Style)] {
        let quotes = unicode ? (open: "‹", close: "›") : (open: "<", close: ">")
        let scalars = Array(text.unicodeScalars)
        var styles = [Style](repeating: theme[.text], count: scalars.count)
        var labelAfter: [Int: [String]] = [:]
        for entry in spans where entry.span.start >= 0 && entry.span.end <= scalars.count && entry.span.start < entry.span.end {
            var style = entry.id != nil && entry.id == selected ? theme[.boxSelected]
                : theme[ThemeRole.boxPalette[(slots[entry.label] ?? 0) % ThemeRole.boxPalette.count]]
            style.attributes.insert(underline ? .underline : .italic)
            for i in entry.span.start..<entry.span.end { styles[i] = style }
            labelAfter[entry.span.end, default: []].append(entry.label)
        }
        if let cursor { for i in max(0, cursor.start)..<min(scalars.count, cursor.end) { styles[i].attributes.insert(.reverse) } }
        var segments: [(String, Style)] = []
        var run = String.UnicodeScalarView()
        var runStyle = styles.first ?? theme[.text]
        for i in 0...scalars.count {
            if let labels = labelAfter[i] {
                segments.append((String(run), runStyle))
                run = String.UnicodeScalarView()
                segments += labels.map { (quotes.open + $0 + quotes.close, theme[.textDim]) }
            }
            guard i < scalars.count else { break }
            if styles[i] != runStyle {
                segments.append((String(run), runStyle))
                run = String.UnicodeScalarView()
                runStyle = styles[i]
            }
            run.append(scalars[i])
        }
        segments.append((String(run), runStyle))
        return segments.filter { !$0.0.isEmpty }
    }

    /// One palette colour per category of the item's labels and predictions, in sorted order.
    private static func categorySlots(_ item: ReviewItem) -> [String: Int] {
        let names = Set(item.labels.map(\.category) + (item.textContent?.predictedSpans.map(\.label) ?? [])).sorted()
        return Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
    }
}
