/// A model's drill-run events against the runs' labels as they stand (seed 004's evaluation):
/// per event type and overall, the mean absolute error and the shares within 0.5 mm and 1 mm of
/// the events both have, and how many each side has alone; and the same overall per fold of the
/// signals export (the drilling group's fold, `FoldAssignment`).
public struct EventEvaluation: Sendable {
    public struct Row: Equatable, Sendable {
        /// "entry", "transition", "exit", "all", or "fold N".
        public let scope: String
        public let pairs: Int
        public let meanAbsoluteErrorMM: Double?
        public let within05: Double?
        public let within1: Double?
        /// Events the labels have and the model does not, and the other way round.
        public let missed: Int
        public let extra: Int
    }

    public let model: String
    public let runs: Int
    public let rows: [Row]
    public let folds: [Row]

    public init(items: [ReviewItem], model: String, folds: Int = 24) {
        self.model = model
        var byType: [SignalEventType: [Double]] = [:], missed: [SignalEventType: Int] = [:], extra: [SignalEventType: Int] = [:]
        var byFold: [Int: (errors: [Double], missed: Int, extra: Int)] = [:]
        var runs = 0
        for item in items where item.signal != nil {
            guard let predicted = item.predictedEvents?.filter({ $0.model == model }) else { continue }
            runs += 1
            let fold = FoldAssignment.fold(ofGroup: FoldAssignment.groupFromFileName(item.localID), folds: folds)
            for type in SignalEventType.allCases {
                let label = item.labels.first { $0.event?.type == type }?.event?.positionMM
                switch (predicted.first { $0.type == type }?.positionMM, label) {
                case let (p?, l?):
                    byType[type, default: []].append(abs(p - l))
                    byFold[fold, default: ([], 0, 0)].errors.append(abs(p - l))
                case (nil, _?):
                    missed[type, default: 0] += 1
                    byFold[fold, default: ([], 0, 0)].missed += 1
                case (_?, nil):
                    extra[type, default: 0] += 1
                    byFold[fold, default: ([], 0, 0)].extra += 1
                case (nil, nil): break
                }
            }
        }
        self.runs = runs
        rows = SignalEventType.allCases.map { Self.row($0.rawValue, byType[$0] ?? [], missed[$0] ?? 0, extra[$0] ?? 0) }
            + [Self.row("all", byType.values.flatMap { $0 }, missed.values.reduce(0, +), extra.values.reduce(0, +))]
        self.folds = byFold.keys.sorted().map { Self.row("fold \($0)", byFold[$0]!.errors, byFold[$0]!.missed, byFold[$0]!.extra) }
    }

    static func row(_ scope: String, _ errors: [Double], _ missed: Int, _ extra: Int) -> Row {
        let n = Double(errors.count)
        return Row(scope: scope, pairs: errors.count, meanAbsoluteErrorMM: errors.isEmpty ? nil : errors.reduce(0, +) / n,
                   within05: errors.isEmpty ? nil : Double(errors.filter { $0 <= 0.5 }.count) / n,
                   within1: errors.isEmpty ? nil : Double(errors.filter { $0 <= 1 }.count) / n, missed: missed, extra: extra)
    }
}
