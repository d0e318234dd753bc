/// Every file of an export in the chosen format, images included (last: they are linked first).
public enum ExportDocuments {
    public static func files(_ plan: ExportPlan, snapshot: ReviewSnapshot, context: ExportContext) -> [ExportFile] {
        documents(plan, snapshot: snapshot, context: context) + ExportLayout.imageFiles(plan)
    }

    /// The files other than images: the format's documents, and the fold sheet with `--folds`.
    public static func documents(_ plan: ExportPlan, snapshot: ReviewSnapshot, context: ExportContext) -> [ExportFile] {
        let documents: [ExportFile]
        switch plan.options.format {
        case .coco: documents = COCOExport.files(plan, context: context)
        case .yolo: documents = YOLOExport.files(plan, context: context)
        case .voc: documents = VOCExport.files(plan, context: context)
        case .jsonl: documents = JSONLExport.files(plan, snapshot: snapshot, context: context)
        case .csv: documents = LabelCSVExport.files(plan, snapshot: snapshot)
        }
        return documents + foldSheet(plan, snapshot)
    }

    /// `folds.csv` with `--folds K`: which fold each image's group is in.
    static func foldSheet(_ plan: ExportPlan, _ snapshot: ReviewSnapshot) -> [ExportFile] {
        guard plan.options.folds != nil else { return [] }
        let rows = plan.entries.map { entry in
            [snapshot.items[entry.item].id, ExportLayout.imageReference(plan, entry), entry.group, String(entry.fold!)]
                .map(CSVField.escaped).joined(separator: ",") + "\n"
        }
        return [ExportFile("folds.csv", text: "item_id,image,group,fold\n" + rows.joined())]
    }
}
