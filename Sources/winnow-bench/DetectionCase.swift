import Foundation
import WinnowApp

/// A synthetic detection case for the evaluate bench: per image 10 labels over 5 categories and
/// 10 predictions (8 near a label, some of another class, 2 elsewhere), scores in steps of 0.01.
enum DetectionCase {
    static func write(images: Int, in folder: URL) throws(CLIError) -> (truth: URL, results: URL) {
        var random = SystemRandomNumberGenerator()
        var gt = "{\"categories\": [" + (1...5).map { "{\"id\": \($0), \"name\": \"c\($0)\"}" }.joined(separator: ", ") + "],\n\"images\": ["
        gt += (1...images).map { "{\"id\": \($0), \"file_name\": \"\($0).png\", \"width\": 1280, \"height\": 800}" }.joined(separator: ",\n")
        gt += "],\n\"annotations\": [\n"
        var results = "[\n"
        var annotation = 0
        for image in 1...images {
            for k in 0..<10 {
                annotation += 1
                let (x, y) = (Double.random(in: 0..<1100, using: &random).rounded(), Double.random(in: 0..<700, using: &random).rounded())
                let (w, h) = (Double.random(in: 10..<180, using: &random).rounded(), Double.random(in: 10..<100, using: &random).rounded())
                let category = Int.random(in: 1...5, using: &random)
                gt += "\(annotation == 1 ? "" : ",\n"){\"id\": \(annotation), \"image_id\": \(image), \"category_id\": \(category), \"bbox\": [\(x), \(y), \(w), \(h)], \"area\": \(w * h), \"iscrowd\": 0}"
                let near = k < 8
                let predicted = near ? [x + Double.random(in: -6...6, using: &random), y + Double.random(in: -6...6, using: &random), w, h]
                    : [Double.random(in: 0..<1100, using: &random), Double.random(in: 0..<700, using: &random), 40, 30]
                let label = near && Int.random(in: 0..<10, using: &random) > 0 ? category : Int.random(in: 1...5, using: &random)
                let score = Double(Int.random(in: 1...100, using: &random)) / 100
                results += "\(image == 1 && k == 0 ? "" : ",\n"){\"image_id\": \(image), \"category_id\": \(label), \"bbox\": [\(predicted.map { String(format: "%.1f", $0) }.joined(separator: ", "))], \"score\": \(score)}"
            }
        }
        gt += "]}\n"
        results += "]\n"
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(gt.utf8).write(to: folder.appendingPathComponent("gt.json"))
            try Data(results.utf8).write(to: folder.appendingPathComponent("results.json"))
        } catch {
            throw .unreadable("cannot write the case: \(error)")
        }
        return (folder.appendingPathComponent("gt.json"), folder.appendingPathComponent("results.json"))
    }
}
