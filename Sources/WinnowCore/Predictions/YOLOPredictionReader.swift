import Foundation

/// Ultralytics prediction labels: one `.txt` per image named after it, a line `cls cx cy w h conf`
/// per box in coordinates relative to the image size. Class names from `--names`, else the
/// dataset's `data.yaml`. A line without exactly six numbers, an unknown class, or a file for an
/// image the dataset does not have is reported as `file:line: why` and the rest used.
enum YOLOPredictionReader {
    static func read(_ file: URL, into set: inout PredictionSet, targets: PredictionTargets, names: [String: String]) {
        let name = file.lastPathComponent
        guard let item = targets.item(fileName: file.deletingPathExtension().lastPathComponent) else {
            set.report("no image named \(file.deletingPathExtension().lastPathComponent) in the dataset", at: name)
            return
        }
        guard let text = PredictionFiles.text(file, into: &set) else { return }
        let size = targets.sizes[item] ?? (0, 0)
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
            if fields.isEmpty { continue }
            let place = "\(name):\(offset + 1)"
            guard fields.count == 6 else {
                set.report("expected 6 columns (class cx cy w h confidence), found \(fields.count)", at: place)
                continue
            }
            guard size.width > 0, size.height > 0 else {
                set.report("the image's size is unknown, so relative coordinates cannot be placed", at: place)
                return
            }
            guard let category = names[String(fields[0])] else {
                set.report("class \(fields[0]) has no name (give --names or data.yaml names)", at: place)
                continue
            }
            let numbers = fields[1...].map { Double($0) }
            guard let score = numbers[4], score.isFinite, (0...1).contains(score) else {
                set.report("confidence must be a number from 0 to 1", at: place)
                continue
            }
            let w = Double(size.width), h = Double(size.height)
            let relative = numbers[0..<4].map { $0 }
            guard let r = PredictionBoxCheck.box(relative) else {
                set.report("cx cy w h must be finite numbers, w and h not negative", at: place)
                continue
            }
            let bbox = BoundingBox(x: (r.x - r.width / 2) * w, y: (r.y - r.height / 2) * h, width: r.width * w, height: r.height * h)
            set.add(PredictedBox(model: set.name, category: category, bbox: bbox, score: score), item: item)
        }
    }
}
