/// Ultralytics YOLO: `labels/<split>/<stem>.txt` beside `images/<split>/<stem>.<ext>`, one
/// `class cx cy w h` line per box normalized to the image and clamped to [0, 1] with six
/// decimals, an empty file for an image without boxes, and `data.yaml`. With `--folds K`, each
/// fold gets `folds/fold-N.yaml` with train and val lists of absolute image paths.
public enum YOLOExport {
    public static func files(_ plan: ExportPlan, context: ExportContext) -> [ExportFile] {
        var files = plan.entries.map { entry in
            ExportFile(ExportLayout.yoloLabelFile(plan, entry), text: labels(entry))
        }
        files.append(ExportFile("data.yaml", text: dataYAML(plan, context: context, lists: nil)))
        if let folds = plan.options.folds { files += foldFiles(plan, folds: folds, context: context) }
        return files
    }

    static func labels(_ entry: ExportEntry) -> String {
        var out = ""
        for box in entry.boxes {
            let x = centerAndSize(box.box.x, box.box.maxX, Double(entry.width))
            let y = centerAndSize(box.box.y, box.box.maxY, Double(entry.height))
            out += "\(box.category) \(FixedDecimal.six(micros: x.center)) \(FixedDecimal.six(micros: y.center)) "
            out += "\(FixedDecimal.six(micros: x.size)) \(FixedDecimal.six(micros: y.size))\n"
        }
        return out
    }

    /// Center and size in millionths, from the rounded edges: rounding center and size on their
    /// own can put an edge box's far side at 1.0000005, outside the image. An odd sum of edges
    /// gives up one millionth of size so that the center is whole too.
    static func centerAndSize(_ low: Double, _ high: Double, _ extent: Double) -> (center: Int, size: Int) {
        let a = FixedDecimal.micros(low / extent)
        var b = FixedDecimal.micros(high / extent)
        if (a + b) % 2 == 1 { b -= 1 }
        return ((a + b) / 2, b - a)
    }

    /// `lists`: train and val list files for one fold; otherwise the split folders.
    static func dataYAML(_ plan: ExportPlan, context: ExportContext, lists: (train: String, val: String)?) -> String {
        var out = "# written by winnow export; provenance in winnow-export.json\n"
        out += "path: \(YAMLText.quoted(context.outputPath))\n"
        if let lists {
            out += "train: \(lists.train)\nval: \(lists.val)\n"
        } else {
            // By name: a dropped split must not shift the others into its role. Train is never dropped.
            let folder = { (name: String) in plan.splitNames.firstIndex(of: name).map { ExportLayout.imageFolder(plan, split: $0) } }
            let train = folder("train") ?? ExportLayout.imageFolder(plan, split: 0)
            out += "train: \(train)\n"
            out += folder("val").map { "val: \($0)\n" } ?? "val: \(train)  # no validation split: it reuses the training images\n"
            if let test = folder("test") { out += "test: \(test)\n" }
        }
        out += "nc: \(plan.categories.count)\nnames:\n"
        for (index, name) in plan.categories.enumerated() { out += "  \(index): \(YAMLText.quoted(name))\n" }
        return out
    }

    static func foldFiles(_ plan: ExportPlan, folds: Int, context: ExportContext) -> [ExportFile] {
        (0..<folds).flatMap { fold -> [ExportFile] in
            let folder = "folds/fold-\(fold)"
            let list = { (inFold: Bool) in
                plan.entries.filter { ($0.fold == fold) == inFold }.map { ExportLayout.absoluteImagePath(plan, $0, context) + "\n" }.joined()
            }
            return [ExportFile("\(folder)/train.txt", text: list(false)), ExportFile("\(folder)/val.txt", text: list(true)),
                    ExportFile("\(folder).yaml", text: dataYAML(plan, context: context, lists: ("\(folder)/train.txt", "\(folder)/val.txt")))]
        }
    }
}
