import Foundation
import WinnowCore
import WinnowImaging

/// Screenshot-like 1920x1080 PNGs (flat panels, bars of "text", buttons, a 20 px icon) in the
/// section-4 format, made fresh for each bench run so it needs nothing from the checkout.
struct BenchDataset {
    let root: URL
    let state: URL
    let images: [URL]

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

    /// A deterministic GUI-like screen: background, sidebar, header, rows of text bars, buttons.
    static func screen(seed: UInt64) -> RGBAImage {
        let width = 1920, height = 1080
        var pixels = [UInt8](repeating: 0, count: width * height * 4)
        var rng = seed &* 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            rng ^= rng << 13; rng ^= rng >> 7; rng ^= rng << 17
            return Int(truncatingIfNeeded: rng & 0xFFFF)
        }
        func fill(_ x: Int, _ y: Int, _ w: Int, _ h: Int, _ r: Int, _ g: Int, _ b: Int) {
            for row in max(0, y)..<min(height, y + h) {
                var offset = (row * width + max(0, x)) * 4
                for _ in max(0, x)..<min(width, x + w) {
                    pixels[offset] = UInt8(r); pixels[offset + 1] = UInt8(g); pixels[offset + 2] = UInt8(b); pixels[offset + 3] = 255
                    offset += 4
                }
            }
        }
        let hue = next() % 120
        fill(0, 0, width, height, 240, 242, 245)
        fill(0, 0, width, 64, 40 + hue, 60, 120)
        fill(0, 64, 280, height - 64, 225, 228, 235)
        for row in 0..<28 {
            let y = 100 + row * 34
            fill(320, y, 200 + next() % 900, 12, 90, 90, 100)
            if row % 5 == 0 { fill(1500, y - 6, 160, 30, 30 + hue, 120, 200) }
        }
        for n in 0..<12 { fill(100 + n * 140, 200 + n * 50, n == 0 ? 20 : 120, n == 0 ? 20 : 40, 200, 80 + n * 10, 60) }
        return RGBAImage(width: width, height: height, pixels: pixels)
    }
}
