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
