/// What changed between two versions, item by item: its verdict, its labels, its text.
public enum VersionDiff {
    public struct Change: Equatable, Sendable {
        public var item: String
        public var what: [String]
    }

    public static func changes(_ session: CurationSession, from a: DatasetVersion, to b: DatasetVersion) -> [Change] {
        let workspace = session.workspace
        let ledgers = workspace.datasets.indices.map { index -> (CurationLedger, CurationLedger) in
            let name = workspace.datasets[index].name
            // A store reads on from where it stopped: each replay opens its own.
            let ledger = { (version: DatasetVersion) -> CurationLedger in
                session.stores.existing(in: session.stateDirectory(ofDataset: index), dataset: session.workspace.datasets[index].name)
                    .map { CurationLedger(replaying: $0, upTo: version.positions[name] ?? 0) } ?? CurationLedger()
            }
            return (ledger(a), ledger(b))
        }
        return workspace.items.indices.compactMap { index in
            let item = workspace.items[index]
            let (before, after) = ledgers[workspace.datasetIndexOfItem[index]]
            var what: [String] = []
            let v0 = before.verdict(for: item.localID)?.verdict.rawValue ?? "none", v1 = after.verdict(for: item.localID)?.verdict.rawValue ?? "none"
            if v0 != v1 { what.append("verdict \(v0) → \(v1)") }
            let e0 = before.edited(item), e1 = after.edited(item)
            if e0.labels != e1.labels { what.append("labels \(e0.labels.count) → \(e1.labels.count)\(e0.labels.count == e1.labels.count ? " (edited)" : "")") }
            if e0.textContent != e1.textContent { what.append("text corrected") }
            return what.isEmpty ? nil : Change(item: item.id, what: what)
        }
    }
}
