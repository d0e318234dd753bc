import WinnowApp
import Foundation
import WinnowCore
import WinnowImaging

/// Screenshot-like 1920x1080 PNGs (flat panels, bars of "text", buttons, a 20 px icon) in the
/// section-4 format, made fresh for each bench run so it needs nothing from the checkout.
struct BenchDataset {
    let root: URL
    let state: URL
    let images: [URL]

    /// Real screenshots instead of painted ones: copies of the PNG and JPEG files of `source`
    /// (copies, since the reader refuses symlinks that leave a dataset).
    static func link(imagesIn source: URL, into folder: URL) throws(CLIError) -> BenchDataset {
        let root = folder.appendingPathComponent("screens")
        var images: [URL] = []
        var manifest = ""
        do {
            try FileManager.default.createDirectory(at: root.appendingPathComponent("images"), withIntermediateDirectories: true)
            let names = try FileManager.default.contentsOfDirectory(atPath: source.path).sorted()
                .filter { [".png", ".jpg", ".jpeg"].contains(where: $0.lowercased().hasSuffix) }
            for (index, name) in names.enumerated() {
                let id = String(format: "%016x", index)
                let image = root.appendingPathComponent("images/\(id)-\(index).\(name.split(separator: ".").last!)")
                try FileManager.default.copyItem(at: source.appendingPathComponent(name), to: image)
                images.append(image)
                let size = ImageHeader.size(of: image) ?? (0, 0)
                manifest += #"{"image_id":"\#(id)","image":"images/\#(image.lastPathComponent)","width":\#(size.width),"height":\#(size.height)}"# + "\n"
            }
            try Data(manifest.utf8).write(to: root.appendingPathComponent("manifest.jsonl"))
        } catch {
            throw .unreadable("cannot copy the bench images: \(error)")
        }
        return BenchDataset(root: root, state: folder.appendingPathComponent("state"), images: images)
    }

    static func write(count: Int, into folder: URL) throws(CLIError) -> BenchDataset {
        let root = folder.appendingPathComponent("screens")
        var images: [URL] = []
        var manifest = ""
        do {
            try FileManager.default.createDirectory(at: root.appendingPathComponent("images"), withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: root.appendingPathComponent("annotations"), withIntermediateDirectories: true)
            for index in 0..<count {
                let id = String(format: "%016x", 0xbe9c_0000 + index)
                let image = root.appendingPathComponent("images/\(id).png")
                try PNGEncoder.write(screen(seed: UInt64(index + 1)), to: image.path)
                images.append(image)
                let boxes = (0..<12).map { n in
                    #"{"bbox":[\#(100 + n * 140),\#(200 + n * 50),\#(n == 0 ? 20 : 120),\#(n == 0 ? 20 : 40)],"category_name":"button","confidence":0.\#(50 + n * 4),"source":"template_matching","verified":false}"#
                }
                let annotation = #"{"image":"images/\#(id).png","width":1920,"height":1080,"annotations":[\#(boxes.joined(separator: ","))]}"#
                try Data(annotation.utf8).write(to: root.appendingPathComponent("annotations/\(id).json"))
                manifest += #"{"image_id":"\#(id)","image":"images/\#(id).png","annotations":"annotations/\#(id).json","width":1920,"height":1080}"# + "\n"
            }
            try Data(manifest.utf8).write(to: root.appendingPathComponent("manifest.jsonl"))
        } catch {
            throw .unreadable("cannot write the bench dataset: \(error)")
        }
        return BenchDataset(root: root, state: folder.appendingPathComponent("state"), images: images)
    }

    /// A deterministic screen that differs from the others as real screenshots do: its own
    /// colors, header, sidebar, cards of text bars, buttons and a photo-like noisy gradient.
    static func screen(seed: UInt64) -> RGBAImage {
        var painter = BenchPainter(width: 1920, height: 1080, seed: seed)
        painter.fill(0, 0, 1920, 1080, painter.pastel())
        let header = 48 + painter.next(48)
        painter.fill(0, 0, 1920, header, painter.vivid())
        let sidebar = painter.next(400)
        painter.fill(0, header, sidebar, 1080 - header, painter.pastel())
        for _ in 0..<(3 + painter.next(4)) {
            let (x, y) = (sidebar + 20 + painter.next(1000), header + 20 + painter.next(500))
            let (w, h) = (300 + painter.next(500), 150 + painter.next(350))
            painter.fill(x, y, w, h, painter.pastel())
            for row in 0..<(h / 34) { painter.fill(x + 16, y + 16 + row * 34, 60 + painter.next(w - 80), 12, painter.dark()) }
        }
        painter.photo(x: 900 + painter.next(400), y: 300 + painter.next(300), width: 400 + painter.next(400), height: 300 + painter.next(200))
        for n in 0..<12 { painter.fill(100 + n * 140, 200 + n * 50, n == 0 ? 20 : 120, n == 0 ? 20 : 40, painter.vivid()) }
        return painter.image
    }
}
