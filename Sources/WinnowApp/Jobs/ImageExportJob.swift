import Foundation
import WinnowCore

/// `winnow export --format coco|yolo|voc|jsonl|csv`: the curated screenshots, planned in full,
/// written to a staging folder, read back and compared, described in `winnow-export.json`, then
/// moved into place. The command and the export benchmark both run this.
package struct ImageExportJob {
    package enum Phase: String {
        case plan = "plan (image headers, splits)"
        case documents = "documents"
        case write = "write files + links"
        case readBack = "read back"
        case provenance = "provenance + rename"
    }

    package var options: ExportOptions
    package var out: URL
    package var force = false
    /// The selection; empty means the items with a good verdict.
    package var query = FilterQuery()
    /// Roll back to this event of the (single) journal.
    package var at: Int?
    package var nearDuplicates = true
    /// The command line recorded as provenance.
    package var command: [String] = []
    /// Told as each phase starts, with the number of items exported.
    package var onPhase: (Phase, Int) -> Void = { _, _ in }

    package init(options: ExportOptions, out: URL) {
        self.options = options
        self.out = out
    }

    /// Exports the session's curated items; returns the plan and the state it was made from.
    package func run(_ session: CurationSession, thresholds: TierThresholds, path: String) throws(CLIError) -> (plan: ExportPlan, snapshot: ReviewSnapshot) {
        try ExportFolder.checkTarget(out, force: force, source: session.workspace.root)  // before the slow part
        let state = try ExportState(session, at: at)
        let snapshot = ReviewSnapshot(workspace: session.workspace, ledgers: state.ledgers, thresholds: thresholds)
        let items = try selection(snapshot, path: path)
        let scan = options.dedup || (options.split != nil || options.folds != nil) && nearDuplicates
        let duplicates = scan ? DuplicateScan.groups(snapshot, items: items, state: session.workspaceStateDirectory) : []
        let plan = try export(snapshot, items: items, duplicates: duplicates, journal: state.positions) { state.time(of: $0, snapshot) }
        return (plan, snapshot)
    }

    /// Plan, documents, write, read back and provenance, into `out`. The images are linked as soon
    /// as their places are known, while they are measured and the documents made.
    package func export(_ snapshot: ReviewSnapshot, items: [Int], duplicates: [[Int]], journal: [JournalPosition],
                        stateTime: (ExportPlan) -> String? = { _ in nil }) throws(CLIError) -> ExportPlan {
        onPhase(.plan, items.count)
        var plan: ExportPlan
        do { plan = try ExportPlanner.placement(snapshot, items: items, options: options, duplicateGroups: duplicates) }
        catch { throw Self.refused(error) }
        var context = ExportContext(outputPath: out.standardizedFileURL.path, filter: query.isEmpty ? "verdict:good" : query.text,
                                    stateTime: stateTime(plan), sourceRoot: snapshot.workspace.root)
        context.journal = journal
        var refusal: ExportError?  // an image gone since review: refused, as a plan is, not failed
        let documents = { () throws(ExportError) -> [ExportFile] in
            do throws(ExportError) { try ExportPlanner.measure(&plan, snapshot) } catch {
                refusal = error
                throw error
            }
            onPhase(.documents, items.count)
            defer { onPhase(.write, items.count) }
            return ExportDocuments.documents(plan, snapshot: snapshot, context: context)
        }
        do {
            try ExportFolder.write(to: out, force: force, source: snapshot.workspace.root, images: ExportLayout.imageFiles(plan),
                                   documents: documents,
                                   checkDocuments: { staging throws(ExportError) in try ExportReadBack.verifyDocuments(plan, folder: staging) }) {
                staging, checksums throws(ExportError) in
                onPhase(.readBack, items.count)
                // The provenance (a line per file, 100k of them) is made on another core while the images are checked;
                // it works on copies, so a failed check need not wait for it.
                let (plan, command, context) = (plan, command, context)
                let provenance = BackgroundResult { () -> String in
                    ExportProvenance.document(plan, snapshot: snapshot, context: context, command: command, journal: journal, checksums: checksums)
                }
                try ExportReadBack.verifyWithImages(plan, folder: staging, outputPath: context.outputPath)
                onPhase(.provenance, items.count)
                return [ExportFile(ExportProvenance.fileName, text: provenance.wait())]
            }
        } catch {
            if let refusal { throw Self.refused(refusal) }
            throw error
        }
        return plan
    }

    private static func refused(_ error: ExportError) -> CLIError {
        CLIError(message: "export refused: \(error.message)", code: .findings)
    }

    /// The items with a good verdict, or those the filter selects; none is an error.
    private func selection(_ snapshot: ReviewSnapshot, path: String) throws(CLIError) -> [Int] {
        let items = query.isEmpty ? snapshot.items.indices.filter { snapshot.standingVerdict(ofItem: $0) == .good } : snapshot.select(query)
        guard !items.isEmpty else {
            throw CLIError(message: "nothing to export: no item in \(path) \(query.isEmpty ? "has a good verdict" : "matches '\(query.text)'")",
                           code: .findings)
        }
        return items
    }
}
