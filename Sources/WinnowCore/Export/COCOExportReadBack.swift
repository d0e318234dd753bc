import Foundation

/// A written COCO split read back from its bytes, one image and one annotation at a time, each
/// compared with the plan as it goes: ids from 1 in order, sizes, categories, every box. No tree
/// and no dataset of the whole file is built, and the file's pages are handed back as they are read,
/// so a 1M-box export is checked in little memory.
enum COCOExportReadBack {
    static func verify(_ plan: ExportPlan, _ entries: [ExportEntry], file url: URL, name: String) throws(ExportError) {
        guard let file = MappedFile(url) else { throw ExportError("\(name): missing from the written export, or empty") }
        defer { withExtendedLifetime(file) {} }  // the parser reads its mapping
        var check = Check(plan: plan, entries: entries, name: name)
        do throws(JSONParseError) {
            try JSONParser.streamObject(file.bytes) { (key, parser) throws(JSONParseError) in
                switch key {
                case "images": try parser.forEachElementInPlace { (p) throws(JSONParseError) in check.image(try p.value()) }
                case "annotations":
                    try parser.forEachElementInPlace { (p) throws(JSONParseError) in
                        check.annotation(try COCOAnnotationFields(parsing: &p))
                        file.release(upTo: p.position)  // pages read are handed back: a 100 MB split is not held whole
                    }
                case "categories": check.categories(try parser.value())
                default: try parser.skipValue()
                }
            }
        } catch {
            throw ExportError("\(name):\(error.line): does not read back as JSON (column \(error.column): \(error.message))")
        }
        try check.finish()
    }

    /// Where the walk is in the plan, and the first difference found (the walk goes on to the end
    /// of the file, but only the first is told).
    private struct Check {
        let plan: ExportPlan
        let entries: [ExportEntry]
        let name: String
        var images = 0
        var annotations = 0
        var entry = 0
        var box = 0
        var sawCategories = false
        var problem: String?

        init(plan: ExportPlan, entries: [ExportEntry], name: String) {
            self.plan = plan
            self.entries = entries
            self.name = name
        }

        mutating func image(_ value: JSONValue) {
            defer { images += 1 }
            guard images < entries.count else { return }
            let expected = entries[images]
            if value["id"]?.intValue != images + 1 { fail("image \(images + 1) reads back with id \(value["id"]?.jsonText ?? "none")") }
            if value["width"]?.intValue != expected.width || value["height"]?.intValue != expected.height {
                fail("\(expected.imageName) reads back as \(value["width"]?.jsonText ?? "?")x\(value["height"]?.jsonText ?? "?"), not \(expected.width)x\(expected.height)")
            }
        }

        mutating func annotation(_ fields: COCOAnnotationFields) {
            annotations += 1
            while entry < entries.count, box >= entries[entry].boxes.count { (entry, box) = (entry + 1, 0) }
            guard entry < entries.count else { return fail("\(annotations) boxes read back, more than were written") }
            let written = entries[entry].boxes[box]
            box += 1
            let category = plan.categories[written.category]
            guard fields.id?.intValue == annotations, fields.imageID?.intValue == entry + 1 else {
                return fail("annotation \(annotations) reads back with id \(fields.id?.jsonText ?? "none") on image \(fields.imageID?.jsonText ?? "none")")
            }
            guard fields.categoryID?.intValue == written.category + 1, let read = fields.box.decoded.box,
                  ExportReadBack.close(read, written.box, 1e-9) else {
                return fail("\(entries[entry].imageName) box \(category) reads back as \(fields.box.readText), written as \(written.box)")
            }
        }

        mutating func categories(_ value: JSONValue) {
            sawCategories = true
            let names = (value.arrayValue ?? []).enumerated().map { index, category in
                category["id"]?.intValue == index + 1 ? category["name"]?.stringValue : nil
            }
            if names != plan.categories.map({ Optional($0) }) { fail("categories read back differ from the \(plan.categories.count) written") }
        }

        func finish() throws(ExportError) {
            if let problem { throw ExportError("\(name): \(problem)") }
            guard images == entries.count else { throw ExportError("\(name): \(images) images read back, \(entries.count) written") }
            let written = entries.reduce(0) { $0 + $1.boxes.count }
            guard annotations == written else { throw ExportError("\(name): \(annotations) boxes read back, \(written) written") }
            guard sawCategories else { throw ExportError("\(name): no categories read back") }
        }

        private mutating func fail(_ message: String) {
            if problem == nil { problem = message }
        }
    }
}
