extension ReviewItem {
    /// For a drill run with `--predictions`: the largest distance (mm) between any model's event and
    /// the run's event of the same type, as the run stands; an event one side has and the other
    /// lacks counts as infinitely far. nil without predictions.
    public var eventDisagreementMM: Double? {
        guard let predicted = predictedEvents else { return nil }
        let labelled = Dictionary(labels.compactMap { l in l.event.map { ($0.type, $0.positionMM) } }, uniquingKeysWith: { a, _ in a })
        var largest = 0.0
        for model in Set(predicted.map(\.model)) {
            let mine = predicted.filter { $0.model == model }
            for type in SignalEventType.allCases {
                switch (mine.first { $0.type == type }?.positionMM, labelled[type]) {
                case let (p?, l?): largest = max(largest, abs(p - l))
                case (nil, nil): continue
                default: largest = .infinity
                }
            }
        }
        return largest
    }
}
