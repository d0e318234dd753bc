import Foundation

/// Reads YOLO label files back: every written image has its label file, every line is
/// `class cx cy w h` with a known class and values in [0, 1], and denormalized boxes match the
/// plan to within the six decimals' rounding (half a millionth per edge, one more for an odd sum).
enum YOLOReadBack {
    static func verify(_ plan: ExportPlan, folder: URL) throws(ExportError) {
        for entry in plan.entries {
            let name = "labels/\(ExportLayout.yoloSplitName(plan, entry.split))/\(entry.stem).txt"
            let lines = try ExportReadBack.text(folder, name).split(separator: "\n")
            guard lines.count == entry.boxes.count else { throw ExportError("\(name): \(lines.count) lines read back, \(entry.boxes.count) written") }
            for (index, (line, box)) in zip(lines, entry.boxes).enumerated() {
                let fields = line.split(separator: " ")
                let values = fields.dropFirst().compactMap { Double($0) }
                guard fields.count == 5, Int(fields[0]) == box.category, values.count == 4, values.allSatisfy({ (0...1).contains($0) }),
                      ExportReadBack.close(denormalized(values, entry), box.box, 2e-6 * Double(max(entry.width, entry.height)))
                else { throw ExportError("\(name):\(index + 1): '\(line)' does not match the box written") }
            }
        }
    }

    static func denormalized(_ v: [Double], _ entry: ExportEntry) -> BoundingBox {
        let w = v[2] * Double(entry.width), h = v[3] * Double(entry.height)
        return BoundingBox(x: v[0] * Double(entry.width) - w / 2, y: v[1] * Double(entry.height) - h / 2, width: w, height: h)
    }
}
