import Foundation

/// A COCO file of N 1920x1080 images with 10 boxes each in 20 categories, the images hard links to
/// one PNG in `images/`: the shape of issue 16's 100k-image / 1M-box file (135 MB at 100k).
enum COCOBenchFile {
    static let boxesPerImage = 10
    static let categories = 20

    static func write(images: Int, in folder: URL) throws -> URL {
        try linkImages(images, in: folder)
        let url = folder.appendingPathComponent("annotations.json")
        let out = try BenchFileWriter(url)
        try out.write(#"{"info": {"description": "winnow-bench generate --kind coco --items \#(images)"}, "images": ["#)
        for n in 0..<images {
            try out.write((n == 0 ? "" : ", ") + #"{"id": \#(n + 1), "file_name": "\#(fileName(n))", "width": 1920, "height": 1080}"#)
        }
        try out.write(#"], "annotations": ["#)
        var random: UInt64 = 0x2026_1205
        for n in 0..<images * boxesPerImage {
            random = random &* 6364136223846793005 &+ 1442695040888963407
            let x = Int(random >> 33) % 1800, y = Int(random >> 43) % 1000
            let w = 20 + Int(random >> 20) % 100, h = 10 + Int(random >> 27) % 60
            try out.write((n == 0 ? "" : ", ")
                + #"{"id": \#(n + 1), "image_id": \#(n / boxesPerImage + 1), "category_id": \#(n % categories + 1), "#
                + #""bbox": [\#(x).5, \#(y), \#(w), \#(h).25], "area": \#(Double(w) * (Double(h) + 0.25)), "iscrowd": 0}"#)
        }
        try out.write(#"], "categories": ["#)
        try out.write((1...categories).map { #"{"id": \#($0), "name": "class\#($0)", "supercategory": "ui"}"# }.joined(separator: ", "))
        try out.write("]}\n")
        _ = try out.close()
        return url
    }

    static func fileName(_ n: Int) -> String {
        let digits = String(n)
        return "img" + String(repeating: "0", count: max(0, 7 - digits.count)) + digits + ".png"
    }

    private static func linkImages(_ count: Int, in folder: URL) throws {
        let images = folder.appendingPathComponent("images")
        try FileManager.default.createDirectory(at: images, withIntermediateDirectories: true)
        for n in 0..<count { try BenchGenerator.linkImage(n, at: images.path + "/" + fileName(n), in: folder) }
    }
}
