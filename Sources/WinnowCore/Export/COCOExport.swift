/// COCO detection files: `annotations.json`, or `annotations/<split>.json` per split. Ids from 1
/// in every file, categories sorted by name with the same ids in every split, `bbox` [x,y,w,h] in
/// pixels, `area` = w*h, `iscrowd` 0, `segmentation` [], image sizes decoded from the files.
/// One image or annotation per line, so files diff well and write fast.
public enum COCOExport {
    public static func files(_ plan: ExportPlan, context: ExportContext) -> [ExportFile] {
        plan.entriesBySplit.enumerated().map { split, entries in
            ExportFile(ExportLayout.cocoFile(plan, split: split), .textParts(document(plan, entries, split: split, context: context)))
        }
    }

    /// The file's text in parts, made once and never joined: the annotation lines of a 1M-box
    /// split are 100 MB.
    static func document(_ plan: ExportPlan, _ entries: [ExportEntry], split: Int, context: ExportContext) -> [String] {
        var head = "{\"info\":" + info(plan, split: split, context: context).jsonText + ",\n\"licenses\":[],\n\"images\":["
        head.reserveCapacity(entries.count * 100)
        for (index, entry) in entries.enumerated() {
            head += index == 0 ? "\n" : ",\n"
            head += "{\"id\":\(index + 1),\"file_name\":"
            JSONWriter.writeString(fileName(plan, entry, context), into: &head)
            head += ",\"width\":\(entry.width),\"height\":\(entry.height)}"
        }
        head += "\n],\n\"annotations\":["
        var tail = "\n],\n\"categories\":["
        for (index, name) in plan.categories.enumerated() {
            tail += index == 0 ? "\n" : ",\n"
            tail += "{\"id\":\(index + 1),\"name\":"
            JSONWriter.writeString(name, into: &tail)
            tail += ",\"supercategory\":\"\"}"
        }
        tail += "\n]}\n"
        return [head] + annotationLines(entries) + [tail]
    }

    /// One line per box, ids from 1 in image order, in parts of 4,096 images made on every core
    /// (a million boxes make about 100 MB of text), each starting with the line break (and
    /// comma) before its first line; no part is empty.
    static func annotationLines(_ entries: [ExportEntry]) -> [String] {
        let chunk = 4096
        let starts = Array(stride(from: 0, to: entries.count, by: chunk))
        var firstIDs = [1]
        for start in starts.dropLast() { firstIDs.append(firstIDs.last! + entries[start..<start + chunk].reduce(0) { $0 + $1.boxes.count }) }
        let parts = zip(starts, firstIDs).map { $0 }.concurrentMap { start, firstID in
            lines(entries, images: start..<min(entries.count, start + chunk), firstID: firstID)
        }
        return parts.filter { !$0.isEmpty }
    }

    private static func lines(_ entries: [ExportEntry], images: Range<Int>, firstID: Int) -> String {
        var out = ""
        var id = firstID
        for index in images {
            for box in entries[index].boxes {
                out += id > 1 ? ",\n" : "\n"
                let b = box.box
                out += "{\"id\":\(id),\"image_id\":\(index + 1),\"category_id\":\(box.category + 1),\"bbox\":["
                out += "\(n(b.x)),\(n(b.y)),\(n(b.width)),\(n(b.height))],\"area\":\(n(b.width * b.height)),\"iscrowd\":0,\"segmentation\":[]}"
                id += 1
            }
        }
        return out
    }

    /// The image's name in its split's image folder; with `--images none`, its path relative to
    /// the source root (`info.images`), since readers refuse absolute names.
    static func fileName(_ plan: ExportPlan, _ entry: ExportEntry, _ context: ExportContext) -> String {
        plan.options.images == .none ? RelativePath.from(context.sourceRoot, to: entry.source) : entry.imageName
    }

    static func info(_ plan: ExportPlan, split: Int, context: ExportContext) -> JSONValue {
        var info = JSONObject([("description", "curated with winnow"), ("version", "1"),
                               ("date_created", JSONValue(context.stateTime)), ("filter", JSONValue(context.filter))])
        if plan.isSplit {
            info["split"] = JSONValue(plan.splitNames[split])
            info["seed"] = JSONValue(Double(plan.options.seed))
        }
        info["images"] = JSONValue(plan.options.images == .none ? context.sourceRoot.path : ExportLayout.imageFolder(plan, split: split))
        info["journal"] = .array(context.journal.map(ExportProvenance.positionJSON))
        info["provenance"] = JSONValue(ExportProvenance.fileName)
        return .object(info)
    }

    private static func n(_ value: Double) -> String { JSONWriter.number(value) }
}
