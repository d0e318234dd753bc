/// Pascal VOC as labelImg writes it: `Annotations/<stem>.xml` per image (tab-indented, no XML
/// declaration, integer corners, `truncated` 1 for a box touching the image edge), images in
/// `JPEGImages/`, and `ImageSets/Main/<split>.txt` stem lists when split.
public enum VOCExport {
    public static func files(_ plan: ExportPlan, context: ExportContext) -> [ExportFile] {
        var files = plan.entries.map { ExportFile("Annotations/\($0.stem).xml", text: xml(plan, $0, context: context)) }
        if plan.isSplit {
            for (split, entries) in plan.entriesBySplit.enumerated() {
                files.append(ExportFile("ImageSets/Main/\(plan.splitNames[split]).txt", text: entries.map { $0.stem + "\n" }.joined()))
            }
        }
        return files
    }

    static func xml(_ plan: ExportPlan, _ entry: ExportEntry, context: ExportContext) -> String {
        let path = ExportLayout.absoluteImagePath(plan, entry, context)
        var out = "<annotation>\n\t<folder>\(escaped(ExportLayout.imageFolder(plan, split: entry.split)))</folder>\n"
        out += "\t<filename>\(escaped(entry.imageName))</filename>\n\t<path>\(escaped(path))</path>\n"
        out += "\t<source>\n\t\t<database>Unknown</database>\n\t</source>\n"
        out += "\t<size>\n\t\t<width>\(entry.width)</width>\n\t\t<height>\(entry.height)</height>\n\t\t<depth>3</depth>\n\t</size>\n"
        out += "\t<segmented>0</segmented>\n"
        for box in entry.boxes { out += object(plan.categories[box.category], corners(box.box), entry) }
        return out + "</annotation>\n"
    }

    /// Integer corners, as labelImg stores them; a box that rounds to nothing keeps one pixel.
    static func corners(_ box: BoundingBox) -> [Int] {
        var c = [box.x, box.y, box.maxX, box.maxY].map { Int(saturating: $0.rounded()) }
        for (axis, low) in [box.x, box.y].enumerated() where c[axis + 2] <= c[axis] {
            c[axis] = Int(saturating: low.rounded(.down))
            c[axis + 2] = c[axis] + 1
        }
        return c
    }

    private static func object(_ name: String, _ c: [Int], _ entry: ExportEntry) -> String {
        let truncated = c[0] <= 0 || c[1] <= 0 || c[2] >= entry.width || c[3] >= entry.height
        return "\t<object>\n\t\t<name>\(escaped(name))</name>\n\t\t<pose>Unspecified</pose>\n"
            + "\t\t<truncated>\(truncated ? 1 : 0)</truncated>\n\t\t<difficult>0</difficult>\n\t\t<bndbox>\n"
            + "\t\t\t<xmin>\(c[0])</xmin>\n\t\t\t<ymin>\(c[1])</ymin>\n\t\t\t<xmax>\(c[2])</xmax>\n\t\t\t<ymax>\(c[3])</ymax>\n"
            + "\t\t</bndbox>\n\t</object>\n"
    }

    static func escaped(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default: if scalar.value >= 0x20 || scalar == "\t" { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}
