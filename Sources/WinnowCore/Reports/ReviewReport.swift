/// The JSON documents of `summary`, `list`, `show` and `validate`.
public enum ReviewReport {
    public static func summary(_ s: ReviewSnapshot, path: String) -> JSONValue {
        // The counts on one core and the metrics on the other: each goes over every item.
        let (tallies, (categories, quality, screenshots)) = bothAtOnce({ ItemTallies(s) }, {
            let categories = CategoryCounts(s.items, distinctSets: true)
            return (categories, QualityMetrics(s, duplicates: s.textDuplicates, categories: categories), ScreenshotMetrics(s))
        })
        var severities = tallies.severities
        for (_, issue) in s.generalIssues { severities[issue.severity, default: 0] += 1 }
        var object = JSONObject([
            ("path", JSONValue(path)),
            ("kind", JSONValue(kind(s.workspace))),
            ("items", JSONValue(s.workspace.items.count)),
            ("labels", JSONValue(s.items.reduce(0) { $0 + $1.labels.count })),
            ("categories", counts(categories.all)),
            ("tiers", .object(JSONObject(Tier.allCases.map { ($0.rawValue, JSONValue(tallies.tiers[$0] ?? 0)) }))),
            ("verdicts", .object(JSONObject(["good", "bad", "skip", "unreviewed"].map { ($0, JSONValue(tallies.verdicts[$0] ?? 0)) }))),
            ("reviewers", counts(tallies.reviewers)),
            ("issues", .object(JSONObject(Severity.allCases.map { ($0.rawValue, JSONValue(severities[$0] ?? 0)) }))),
            ("agreement", agreement(tallies.agreement)),
        ])
        if let predictions = predictionSummary(s) { object["predictions"] = predictions }
        object["quality"] = Self.quality(quality)
        if let m = screenshots {
            let round = { (v: Double) in JSONValue((v * 10_000).rounded() / 10_000) }
            object["screenshots"] = .object(JSONObject([
                ("coverage", round(m.coverage)), ("states", JSONValue(m.states)), ("uncovered_states", .array(m.uncoveredStates.map { .string($0) })),
                ("source_mix", .object(JSONObject([("automated", JSONValue(m.automatedLabels)), ("human", JSONValue(m.humanLabels))]))),
                ("verification", round(m.verification)),
            ]))
        }
        let runs = s.items.compactMap(\.signal)
        if !runs.isEmpty {
            let placed = runs.map(SignalEventDetector.placements)
            let compared = placed.joined().compactMap(\.distanceMM)
            let agreeing = placed.filter { run in !run.isEmpty && run.allSatisfy { ($0.distanceMM ?? .infinity) <= 0.5 } }.count
            object["placements"] = .object(JSONObject([
                ("events_with_both", JSONValue(compared.count)),
                ("events_within_0_5_mm", JSONValue(compared.filter { $0 <= 0.5 }.count)),
                ("runs", JSONValue(runs.count)),
                ("runs_all_within_0_5_mm", JSONValue(agreeing)),
            ]))
        }
        if let p = InstructionStats(items: s.items) {
            object["pairs"] = .object(JSONObject([
                ("sessions", JSONValue(p.sessions)), ("images", JSONValue(p.images)), ("unique_instructions", JSONValue(p.uniqueInstructions)),
                ("latest_session", JSONValue(p.latest)),
                ("same_original_sessions", JSONValue(s.items.filter { !($0.pair?.sameOriginalAs.isEmpty ?? true) }.count)),
                ("frequent_instructions", .array(p.frequent.map { .object(JSONObject([("instruction", JSONValue($0.instruction)), ("count", JSONValue($0.count))])) })),
            ]))
        }
        if s.items.contains(where: { $0.textContent != nil }) {
            let d = s.textDuplicates
            object["duplicates"] = .object(JSONObject([("exact_groups", JSONValue(d.exact.count)), ("near_groups", JSONValue(d.near.count)),
                                                       ("conflict_groups", JSONValue(d.conflicts.count))]))
        }
        return .object(object)
    }

    /// Each dimension to 0.0001.
    static func quality(_ q: QualityMetrics) -> JSONValue {
        let figures = [("completeness", q.completeness), ("consistency", q.consistency), ("accuracy", q.accuracy),
                       ("diversity", q.diversity), ("balance", q.balance), ("complexity", q.complexity), ("overall", q.overall)]
        return .object(JSONObject(figures.map { ($0.0, JSONValue(($0.1 * 10_000).rounded() / 10_000)) }))
    }

    /// Always present, so scripts need not test for it: zeros and a null kappa until two
    /// reviewers have rated an item. Percent to 0.01, kappa to 0.0001.
    public static func agreement(_ a: Agreement) -> JSONValue {
        .object(JSONObject([
            ("items", JSONValue(a.items)),
            ("percent", JSONValue((a.percent * 100).rounded() / 100)),
            ("kappa", JSONValue(a.kappa.map { ($0 * 10_000).rounded() / 10_000 })),
        ]))
    }

    public static func listRow(_ s: ReviewSnapshot, item index: Int) -> JSONValue {
        let item = s.items[index]
        return .object(JSONObject([
            ("id", JSONValue(item.id)),
            ("kind", JSONValue(item.kind.rawValue)),
            ("path", JSONValue(item.path)),
            ("tier", JSONValue(item.tier(s.thresholds).rawValue)),
            ("confidence", JSONValue(item.confidence)),
            ("verdict", JSONValue(s.standingVerdict(ofItem: index)?.rawValue)),
            ("labels", JSONValue(item.labels.count)),
            ("issues", JSONValue(s.itemIssues[index].count)),
        ]))
    }

    /// `showPrivate`: a pair's e-mail address in full (else masked).
    public static func show(_ s: ReviewSnapshot, item index: Int, showPrivate: Bool = false) -> JSONValue {
        let item = s.items[index]
        let ledger = s.ledger(ofItem: index)
        var object = JSONObject([
            ("id", JSONValue(item.id)),
            ("kind", JSONValue(item.kind.rawValue)),
            ("path", JSONValue(item.path)),
            ("width", JSONValue(item.width)),
            ("height", JSONValue(item.height)),
            ("tier", JSONValue(item.tier(s.thresholds).rawValue)),
            ("confidence", JSONValue(item.confidence)),
            ("labels", .array(item.labels.map(label))),
            ("issues", .array(s.itemIssues[index].map(issue))),
            ("verdict", JSONValue(s.standingVerdict(ofItem: index)?.rawValue)),
            ("history", .array(ledger.history(for: item.localID).map { historyEntry($0, ledger: ledger) })),
        ])
        for (key, value) in predictions(item) { object[key] = value }
        if let pair = item.pair { object["pair"] = pairFields(pair, showPrivate: showPrivate) }
        if let text = item.textContent {
            for (key, value) in [("prompt", text.prompt), ("response", text.response), ("text", text.text), ("original", text.original)] {
                if let value { object[key] = JSONValue(value) }
            }
            object["width"] = nil
            object["height"] = nil
        }
        if let run = item.signal {
            object["width"] = nil
            object["height"] = nil
            object["channels"] = .array(run.channels.map { .object(JSONObject([
                ("name", JSONValue($0.name)), ("unit", JSONValue($0.unit)), ("samples", JSONValue($0.values.count)),
            ])) })
            object["events"] = .array(item.labels.compactMap(event))
            object["placements"] = .array(SignalEventDetector.placements(run).map(placement))
            if let predicted = item.predictedEvents {
                let labelled = Dictionary(item.labels.compactMap { l in l.event.map { ($0.type, $0.positionMM) } }, uniquingKeysWith: { a, _ in a })
                object["predicted_events"] = .array(predicted.map { p in .object(JSONObject([
                    ("model", JSONValue(p.model)), ("type", JSONValue(p.type.rawValue)), ("position_mm", JSONValue(p.positionMM)),
                    ("confidence", JSONValue(p.confidence)), ("distance_mm", JSONValue(labelled[p.type].map { abs($0 - p.positionMM) })),
                ])) })
            }
            object["metadata"] = .object(run.metadata)
        } else if !item.metadata.isEmpty {
            object["metadata"] = .object(item.metadata)
        }
        return .object(object)
    }

    public static func validation(_ s: ReviewSnapshot) -> JSONValue {
        var issues: [JSONValue] = []
        for (dataset, problem) in s.generalIssues {
            issues.append(validationEntry(item: nil, path: problem.location ?? dataset?.source.path ?? s.workspace.root.path, problem))
        }
        for (index, item) in s.items.enumerated() {
            for problem in s.itemIssues[index] { issues.append(validationEntry(item: item.id, path: item.path, problem)) }
        }
        return .object(JSONObject([("items", JSONValue(s.workspace.items.count)), ("issues", .array(issues))]))
    }

    // MARK: - Parts

    public static func label(_ label: Label) -> JSONValue {
        var o = JSONObject([
            ("id", JSONValue(label.id)),
            ("category", JSONValue(label.category)),
            ("bbox", label.bbox.map { .array([JSONValue($0.x), JSONValue($0.y), JSONValue($0.width), JSONValue($0.height)]) } ?? .null),
            ("confidence", JSONValue(label.confidence)),
            ("source", JSONValue(label.source)),
            ("verified", JSONValue(label.verified)),
        ])
        if label.rejected { o["rejected"] = JSONValue(true) }
        if let span = label.span { o["span"] = [JSONValue(span.start), JSONValue(span.end)] }
        return .object(o)
    }

    /// The program's and the torque's placement of an event, their distance and the one taken.
    static func placement(_ p: EventPlacement) -> JSONValue {
        func at(_ position: SignalEventPosition?) -> JSONValue {
            position.map { .object(JSONObject([("position_mm", JSONValue($0.positionMM)), ("sample", JSONValue($0.sample))])) } ?? .null
        }
        return .object(JSONObject([
            ("type", JSONValue(p.type.rawValue)), ("program", at(p.program)), ("signal", at(p.signal)),
            ("distance_mm", JSONValue(p.distanceMM)), ("signal_to_noise", JSONValue(p.signalToNoise.map { $0.isFinite ? $0 : 999 })),
            ("chosen", JSONValue(p.chosen?.rawValue)),
        ]))
    }

    public static func event(_ label: Label) -> JSONValue? {
        guard let event = label.event else { return nil }
        return .object(JSONObject([
            ("id", JSONValue(label.id)),
            ("type", JSONValue(event.type.rawValue)),
            ("position_mm", JSONValue(event.positionMM)),
            ("sample", JSONValue(event.sample)),
            ("confidence", JSONValue(label.confidence)),
            ("source", JSONValue(label.source)),
            ("verified", JSONValue(label.verified)),
        ]))
    }

    public static func issue(_ issue: Issue) -> JSONValue {
        var o = JSONObject([("severity", JSONValue(issue.severity.rawValue)), ("code", JSONValue(issue.code)), ("message", JSONValue(issue.message))])
        if let location = issue.location { o["location"] = JSONValue(location) }
        return .object(o)
    }

    private static func validationEntry(item: String?, path: String, _ issue: Issue) -> JSONValue {
        .object(JSONObject([
            ("item", JSONValue(item)),
            ("path", JSONValue(path)),
            ("severity", JSONValue(issue.severity.rawValue)),
            ("code", JSONValue(issue.code)),
            ("message", JSONValue(issue.text)),
        ]))
    }

    private static func historyEntry(_ event: JournalEvent, ledger: CurationLedger) -> JSONValue {
        var o = JSONObject([
            ("seq", JSONValue(event.seq)), ("time", JSONValue(event.time)), ("reviewer", JSONValue(event.reviewer)),
            ("type", JSONValue(event.action.typeName)),
        ])
        switch event.action {
        case .verdict(_, let verdict, let note, let reason):
            o["verdict"] = JSONValue(verdict.rawValue)
            if let note { o["note"] = JSONValue(note) }
            if let reason { o["reason"] = JSONValue(reason) }
        case .batchVerdict(let items, let verdict, let note):
            o["verdict"] = JSONValue(verdict.rawValue)
            if let note { o["note"] = JSONValue(note) }
            o["batch_size"] = JSONValue(items.count)  // the item is one of them; the ids are in the journal
        case .note(_, let text):
            o["note"] = JSONValue(text)
        case .flag(_, let on):
            o["flag"] = JSONValue(on)
        case .auditSample(let tier, let seed, let items):
            o["tier"] = JSONValue(tier)
            o["seed"] = JSONValue(String(seed))
            o["sample_size"] = JSONValue(items.count)
        case .forget(let items):
            o["sessions"] = JSONValue(items.count)
        case .eventSet(_, let e):
            o["event"] = JSONValue(e.type.rawValue)
            o["sample"] = JSONValue(e.sample)
            o["position_mm"] = JSONValue(e.positionMM)
        case .eventDelete(_, let type):
            o["event"] = JSONValue(type.rawValue)
        case .boxSet(_, let label, let box, let category):
            o["label"] = JSONValue(label)
            o["bbox"] = .array([JSONValue(box.x), JSONValue(box.y), JSONValue(box.width), JSONValue(box.height)])
            o["category"] = JSONValue(category)
        case .boxDelete(_, let label):
            o["label"] = JSONValue(label)
        case .boxDecision(_, let label, let accepted):
            o["label"] = JSONValue(label)
            o["accepted"] = JSONValue(accepted)
        case .boxAdopt(_, let boxes):
            o["boxes"] = .array(boxes.map(JournalEvent.adoptedFields))
        case .textLabelSet(_, let label, let category, let span):
            o["label"] = JSONValue(label)
            o["category"] = JSONValue(category)
            if let span { o["span"] = [JSONValue(span.start), JSONValue(span.end)] }
        case .textLabelDelete(_, let label):
            o["label"] = JSONValue(label)
        case .correction(_, let field, let text, let reason):
            o["field"] = JSONValue(field)
            o["text"] = JSONValue(text)
            if let reason { o["reason"] = JSONValue(reason) }
        case .undo(let target), .redo(let target):
            o["target"] = JSONValue(target)
        case .unknown:
            break
        }
        o["active"] = JSONValue(!ledger.undone.contains(event.seq))
        return .object(o)
    }

    private static func pairFields(_ pair: PairContent, showPrivate: Bool) -> JSONValue {
        var o = JSONObject([
            ("instruction", JSONValue(pair.instruction)),
            ("edited_image", JSONValue(pair.editedURL?.lastPathComponent)),
            ("change", JSONValue(pair.change)),
            ("structure", JSONValue(pair.structure)),
            ("same_original_as", .array(pair.sameOriginalAs.map { JSONValue($0) })),
            ("timestamp", JSONValue(pair.timestamp)),
            ("email", JSONValue(pair.email.map { showPrivate ? $0 : PairContent.masked($0) })),
        ])
        if let original = pair.originalInstruction { o["original_instruction"] = JSONValue(original) }
        return .object(o)
    }

    private static func counts(_ dictionary: [String: Int]) -> JSONValue {
        .object(JSONObject(dictionary.sorted { $0.key < $1.key }.map { ($0.key, JSONValue($0.value)) }))
    }

    private static func kind(_ workspace: Workspace) -> String {
        if workspace.isFolderOfDatasets { return "workspace" }
        return workspace.datasets.first?.format.rawValue ?? "workspace"
    }
}
