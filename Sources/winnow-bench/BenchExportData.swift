import WinnowApp
import Foundation
import WinnowCore
import WinnowImaging

/// The export bench's dataset, in memory: N screenshots of 640x400 with 10 boxes each over 20
/// categories, in 5,000-item sessions' worth of groups, every image a hard link to one of a few PNGs (so
/// setting up 100k images costs links, not 100k encodes).
enum BenchExportData {
    /// ext4 allows 65,000 links to one file.
    static let sources = 16

    static func snapshot(count: Int, in folder: URL) throws(CLIError) -> ReviewSnapshot {
        let images = folder.appendingPathComponent("data/images")
        do {
            try FileManager.default.createDirectory(at: images, withIntermediateDirectories: true)
            let png = try PNGEncoder.encode(RGBAImage(width: 640, height: 400, pixels: [UInt8](repeating: 200, count: 640 * 400 * 4)))
            for k in 0..<sources { try Data(png).write(to: images.appendingPathComponent("source-\(k).png")) }
        } catch {
            throw .unreadable("bench: cannot write the bench image: \(error)")
        }
        let items = (0..<count).map { index -> ReviewItem in
            let path = "images/\(index).png"
            _ = link(images.appendingPathComponent("source-\(index % sources).png").path, images.appendingPathComponent("\(index).png").path)
            var item = ReviewItem(id: "\(index)", kind: .screenshot, path: path, imageURL: images.appendingPathComponent("\(index).png"),
                                  width: 640, height: 400, labels: labels(index))
            item.metadata = JSONObject([("session", JSONValue("s\(index / 20)"))])
            return item
        }
        let root = folder.appendingPathComponent("data")
        let dataset = Dataset(source: root, root: root, format: .screenshots, items: items, issues: [])
        return ReviewSnapshot(workspace: Workspace(root: root, datasets: [dataset], issues: [], qualifyIDs: false), ledgers: [CurationLedger()])
    }

    private static func labels(_ index: Int) -> [Label] {
        (0..<10).map { k in
            let x = Double((index * 7 + k * 53) % 560), y = Double((index * 11 + k * 37) % 340)
            return Label(id: "\(k)", category: "class_\((index + k) % 20)", bbox: BoundingBox(x: x, y: y, width: 40 + Double(k), height: 30 + Double(k)),
                         confidence: 0.5 + Double(k) / 20, source: "template_matching", verified: false)
        }
    }
}
