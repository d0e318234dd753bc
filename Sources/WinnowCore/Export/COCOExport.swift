/// COCO detection files: `annotations.json`, or `annotations/<split>.json` per split. Ids from 1
/// in every file, categories sorted by name with the same ids in every split, `bbox` [x,y,w,h] in
/// pixels, `area` = w*h, `iscrowd` 0, `segmentation` [], image sizes decoded from the files.
/// One image or annotation per line, so files diff well and write fast.
public enum COCOExport {
    public static func files(_ plan: ExportPlan, context: ExportContext) -> [ExportFile] {
        plan.entriesBySplit.enumerated().map { split, entries in
            ExportFile(ExportLayout.cocoFile(plan, split: split), .parts(document(plan, entries, split: split, context: context)))
        }
    }

    /// The file's bytes in parts, made once and never joined: the annotation lines of a 1M-box
    /// split are 100 MB.
    static func document(_ plan: ExportPlan, _ entries: [ExportEntry], split: Int, context: ExportContext) -> [[UInt8]] {
        var head = JSONBytes(capacity: entries.count * 80)
        head.append("{\"info\":")
        head.append(json: info(plan, split: split, context: context).jsonText)
        head.append(",\n\"licenses\":[],\n\"images\":[")
        for (index, entry) in entries.enumerated() {
            head.append(index == 0 ? "\n{\"id\":" : ",\n{\"id\":")
            head.append(index + 1)
            head.append(",\"file_name\":")
            head.append(string: fileName(plan, entry, context))
            head.append(",\"width\":")
            head.append(entry.width)
            head.append(",\"height\":")
            head.append(entry.height)
            head.append("}")
        }
        head.append("\n],\n\"annotations\":[")
        var tail = JSONBytes()
        tail.append("\n],\n\"categories\":[")
        for (index, name) in plan.categories.enumerated() {
            tail.append(index == 0 ? "\n{\"id\":" : ",\n{\"id\":")
            tail.append(index + 1)
            tail.append(",\"name\":")
            tail.append(string: name)
            tail.append(",\"supercategory\":\"\"}")
        }
        tail.append("\n]}\n")
        return [head.bytes] + annotationLines(entries) + [tail.bytes]
    }

    /// One line per box, ids from 1 in image order, in parts of 4,096 images made on every core
    /// (a million boxes make about 100 MB of text), each starting with the line break (and
    /// comma) before its first line; no part is empty.
    static func annotationLines(_ entries: [ExportEntry]) -> [[UInt8]] {
        let chunk = 4096
        let starts = Array(stride(from: 0, to: entries.count, by: chunk))
        var firstIDs = [1]
        for start in starts.dropLast() { firstIDs.append(firstIDs.last! + entries[start..<start + chunk].reduce(0) { $0 + $1.boxes.count }) }
        let parts = zip(starts, firstIDs).map { $0 }.concurrentMap { start, firstID in
            lines(entries, images: start..<min(entries.count, start + chunk), firstID: firstID)
        }
        return parts.filter { !$0.isEmpty }
    }

    private static func lines(_ entries: [ExportEntry], images: Range<Int>, firstID: Int) -> [UInt8] {
        var out = JSONBytes(capacity: images.count * 1_100)
        var id = firstID
        for index in images {
            for box in entries[index].boxes {
                out.append(id > 1 ? ",\n{\"id\":" : "\n{\"id\":")
                out.append(id)
                out.append(",\"image_id\":")
                out.append(index + 1)
                out.append(",\"category_id\":")
                out.append(box.category + 1)
                let b = box.box
                out.append(",\"bbox\":[")
                out.append(number: b.x)
                out.append(",")
                out.append(number: b.y)
                out.append(",")
                out.append(number: b.width)
                out.append(",")
                out.append(number: b.height)
                out.append("],\"area\":")
                out.append(number: b.width * b.height)
                out.append(",\"iscrowd\":0,\"segmentation\":[]}")
                id += 1
            }
        }
        return out.bytes
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
}
