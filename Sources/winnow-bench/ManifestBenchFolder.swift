import Foundation
import WinnowCore

/// A section-4 screenshot dataset of N items, each with its own annotation file of 10 boxes and an
/// image (hard links to one PNG), and a journal of 10 verdict events per item: issue 16's
/// "100k-item manifest with a 1M-event journal".
enum ManifestBenchFolder {
    static func write(items count: Int, in root: URL) throws -> URL {
        let items = (0..<count).map(JournalBench.itemID)
        for folder in ["images", "annotations"] {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        let manifest = try BenchFileWriter(root.appendingPathComponent(ScreenshotDatasetReader.manifestName))
        for (n, id) in items.enumerated() {
            try BenchGenerator.linkImage(n, at: root.path + "/images/\(id).png", in: root)
            try Data(annotation(id, seed: n).utf8).write(to: root.appendingPathComponent("annotations/\(id).json"))
            try manifest.write(#"{"image_id":"\#(id)","image":"images/\#(id).png","annotations":"annotations/\#(id).json","width":1920,"height":1080}"# + "\n")
        }
        _ = try manifest.close()
        try JournalBench.writeJournal(events: count * 10, items: items, in: root)
        return root
    }

    private static func annotation(_ id: String, seed: Int) -> String {
        let boxes = (0..<10).map { n in
            #"{"bbox":[\#(100 + n * 170),\#(200 + (seed + n) % 700),120,40],"category_name":"\#(["button", "link", "field"][n % 3])","confidence":0.\#(50 + (seed * 7 + n * 4) % 50),"source":"template_matching","verified":false}"#
        }
        return #"{"image":"images/\#(id).png","width":1920,"height":1080,"annotations":[\#(boxes.joined(separator: ","))]}"#
    }
}
