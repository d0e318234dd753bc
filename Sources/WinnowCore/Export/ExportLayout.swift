/// Where each format puts images: `images/<split>/` (YOLO's unsplit set is `train`, which
/// trainers expect), VOC's `JPEGImages/`. With `--images none` files name the sources instead.
public enum ExportLayout {
    public static func imageFolder(_ plan: ExportPlan, split: Int) -> String {
        switch plan.options.format {
        case .voc: return "JPEGImages"
        case .yolo: return "images/" + yoloSplitName(plan, split)
        default: return joined("images", plan.splitNames[split])
        }
    }

    /// The image's path inside the export, or nil when images are not provided.
    public static func imagePath(_ plan: ExportPlan, _ entry: ExportEntry) -> String? {
        plan.options.images == .none ? nil : imageFolder(plan, split: entry.split) + "/" + entry.imageName
    }

    /// What a file inside the export names the image by: its path there, else the source's absolute path.
    public static func imageReference(_ plan: ExportPlan, _ entry: ExportEntry) -> String {
        imagePath(plan, entry) ?? entry.source.path
    }

    /// The image's absolute path once the export is in place, or the source's without images.
    static func absoluteImagePath(_ plan: ExportPlan, _ entry: ExportEntry, _ context: ExportContext) -> String {
        imagePath(plan, entry).map { context.outputPath + "/" + $0 } ?? entry.source.path
    }

    /// `annotations.json`, or `annotations/<split>.json`.
    static func cocoFile(_ plan: ExportPlan, split: Int) -> String {
        plan.isSplit ? "annotations/\(plan.splitNames[split]).json" : "annotations.json"
    }

    /// `items.jsonl`, or `<split>.jsonl`.
    static func jsonlFile(_ plan: ExportPlan, split: Int) -> String {
        plan.isSplit ? "\(plan.splitNames[split]).jsonl" : "items.jsonl"
    }

    /// `labels/<split>/<stem>.txt`, beside the image as Ultralytics looks for it.
    static func yoloLabelFile(_ plan: ExportPlan, _ entry: ExportEntry) -> String {
        "labels/\(yoloSplitName(plan, entry.split))/\(entry.stem).txt"
    }

    public static func imageFiles(_ plan: ExportPlan) -> [ExportFile] {
        plan.entries.compactMap { entry in
            imagePath(plan, entry).map { ExportFile($0, plan.options.images == .copy ? .copy(entry.source) : .link(entry.source)) }
        }
    }

    static func yoloSplitName(_ plan: ExportPlan, _ split: Int) -> String {
        plan.isSplit ? plan.splitNames[split] : "train"
    }

    static func joined(_ folder: String, _ name: String) -> String { name.isEmpty ? folder : folder + "/" + name }
}
