/// How one standing edit changes an item's labels.
enum LabelEdit {
    static func apply(_ action: JournalAction, type: SignalEventType, to labels: [Label]) -> [Label] {
        var labels = labels
        let index = labels.firstIndex { $0.event?.type == type }
        switch action {
        case .eventSet(_, let position):
            if let index {
                labels[index].event = position
                labels[index].verified = true
            } else {
                labels.append(Label(id: type.rawValue, category: type.rawValue, bbox: nil, confidence: 1.0, source: "user",
                                    verified: true, event: position))
            }
        case .eventDelete:
            if let index { labels.remove(at: index) }
        default:
            break
        }
        return labels.sorted { ($0.event?.type ?? .exit) < ($1.event?.type ?? .exit) }
    }
}
