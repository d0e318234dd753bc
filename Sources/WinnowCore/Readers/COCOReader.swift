import Foundation

/// Reads a COCO detection file. Item ids are image `file_name`s; label ids are annotation ids.
/// An annotation with a `score` is a model prediction (confidence = score, source "prediction");
/// without one it is ground truth (confidence 1.0, source "coco"). Neither counts as verified.
/// Parsed from raw bytes with `JSONParser`: Foundation's decoders are too slow for 100k images.
public enum COCOReader {
    /// `url` is the JSON file, or a folder holding exactly one COCO JSON file.
    public static func read(_ url: URL, options: ReadOptions) throws(ReadError) -> Dataset {
        let fileURL = try cocoFile(at: url)
        guard SystemCalls.isRegularFile(fileURL.path) else { throw ReadError("\(fileURL.path): not a regular file (a FIFO, device or socket?); not read") }
        options.whenPlaced?(Dataset(source: fileURL, root: fileURL.deletingLastPathComponent(), format: .coco, items: [], issues: []))
        let cache = DatasetIndexCache(source: fileURL, root: fileURL.deletingLastPathComponent(), options: options)
        if let cached = cache?.load() { return cached }
        if let streamed = try streamed(fileURL, options: options) {
            if let cache, options.savesIndexInBackground {
                BackgroundWrites.afterOpen { cache.save(streamed) }
            } else {
                cache?.save(streamed)
            }
            return streamed
        }
        let parsed = try LenientJSON.load(fileURL)
        guard let object = parsed.value.objectValue else { throw ReadError("\(fileURL.path): not a JSON object") }
        var issues: [Issue] = []
        if parsed.hadNonFiniteNumbers {
            issues.append(Issue(.warning, "json.non-finite", "NaN or Infinity (not JSON) read as a missing number", location: fileURL.lastPathComponent))
        }
        let annotations = object["annotations"]?.arrayValue ?? []
        return try dataset(fileURL, images: object["images"], categories: object["categories"], options: options, issues: issues) {
            (reader, items) throws(JSONParseError) in
            for entry in annotations { reader.add(entry, to: &items) }
        }
    }

    /// The file read without a tree of its annotations: the top level key by key, then the
    /// annotations one at a time. Nil when the bytes are not strict JSON (NaN, a syntax error):
    /// the tree reader then reads them leniently or says where they break.
    private static func streamed(_ fileURL: URL, options: ReadOptions) throws(ReadError) -> Dataset? {
        guard let file = MappedFile(fileURL) else { return nil }  // not a regular file, or empty: the tree reader says why
        defer { withExtendedLifetime(file) {} }  // `bytes` points into its mapping
        let bytes = file.bytes
        var images: JSONValue?, categories: JSONValue?, annotationsAt: Int?, marks: [Int]?
        do {
            try JSONParser.streamObject(bytes) { (key, parser) throws(JSONParseError) in
                switch key {
                case "images": images = try parser.value()
                case "categories": categories = try parser.value()
                case "annotations":
                    annotationsAt = parser.position
                    marks = try parser.skipArrayMarkingElements(every: 1 << 20)
                default: try parser.skipValue()
                }
            }
        } catch {
            return try lenientOrFail(fileURL, error)
        }
        // The annotations are parsed on the other cores while the images are read.
        let blocks = marks.map { COCOAnnotationBlocks(bytes: bytes, marks: $0) }
        blocks?.start()
        defer { blocks?.stop() }
        var broken: JSONParseError?  // an annotation that is not strict JSON
        let read = Result { () throws(ReadError) in
            try dataset(fileURL, images: images, categories: categories, options: options, issues: []) { (reader, items) throws(JSONParseError) in
                guard let annotationsAt else { return }
                do throws(JSONParseError) {
                    try readAnnotations(at: annotationsAt, in: file, blocks: blocks, progress: options.progress, fileURL: fileURL) {
                        reader.add($0, to: &items)
                    }
                } catch {
                    broken = error
                }
            }
        }
        if let broken { return try lenientOrFail(fileURL, broken) }
        return try read.get()
    }

    /// The annotations in file order: the blocks parsed ahead, then (from a block that did not read
    /// cleanly, or when the value was not an array) one element at a time.
    private static func readAnnotations(at offset: Int, in file: MappedFile, blocks: COCOAnnotationBlocks?, progress: ReadProgress?, fileURL: URL,
                                        _ add: (COCOAnnotationFields) -> Void) throws(JSONParseError) {
        let name = fileURL.lastPathComponent
        var resumeAt: Int?
        if let blocks {
            resumeAt = try blocks.forEachInOrder { (fields, end) throws(JSONParseError) in
                fields.forEach(add)
                file.release(upTo: end)
                progress?.reading(name, byte: end, of: file.bytes.count)
            }
            guard resumeAt != nil else { return }
        }
        var parser = JSONParser.at(resumeAt ?? offset, in: file.bytes)
        var reported = 0
        let element = { (p: inout JSONParser) throws(JSONParseError) in
            add(try COCOAnnotationFields(parsing: &p))
            file.release(upTo: p.position)
            if p.position - reported >= 1 << 20 {  // a lock a megabyte, not one an annotation
                reported = p.position
                progress?.reading(name, byte: reported, of: file.bytes.count)
            }
        }
        if resumeAt != nil { try parser.forEachRemainingElement(element) } else { try parser.forEachElementInPlace(element) }
    }

    /// Nil (read the file again with the lenient tree reader) for what may be a NaN or Infinity,
    /// which Python writes; otherwise the error, said as the tree reader says it, without building
    /// a tree of a file that may be gigabytes on one line.
    private static func lenientOrFail(_ fileURL: URL, _ error: JSONParseError) throws(ReadError) -> Dataset? {
        if LenientJSON.mayBeNonFinite(error) { return nil }
        throw ReadError(json: error, in: fileURL)
    }

    /// The items of a COCO file from its parts; `annotations` gives each annotation to the reader in turn.
    private static func dataset(_ fileURL: URL, images: JSONValue?, categories: JSONValue?, options: ReadOptions, issues: [Issue],
                                annotations: (inout COCOAnnotationReader, inout [ReviewItem]) throws(JSONParseError) -> Void) throws(ReadError) -> Dataset {
        guard let images = images?.arrayValue else { throw ReadError("\(fileURL.path): no \"images\" array; not a COCO file") }
        let root = fileURL.deletingLastPathComponent()
        let location = fileURL.lastPathComponent
        var issues = issues
        let categories = readCategories(categories, location: location, issues: &issues)
        var locator = COCOImageLocator(datasetRoot: root, imagesDirectory: options.imagesDirectory)
        var (items, itemIndexByImageID) = readImages(images, locator: &locator, location: location, issues: &issues)
        var reader = COCOAnnotationReader(categories: categories, itemIndexByImageID: itemIndexByImageID, location: location)
        do {
            try annotations(&reader, &items)
        } catch {
            throw ReadError(json: error, in: fileURL)
        }
        issues += reader.issues
        for index in items.indices {
            items[index].labels.shrinkToFit()
            HeaderSizeFallback.apply(to: &items[index])
        }
        var dataset = Dataset(source: fileURL, root: root, format: .coco, items: items, issues: issues)
        for (id, name) in categories ?? [:] { dataset.categoryIDs[id.description] = name }
        return dataset
    }

    private static func cocoFile(at url: URL) throws(ReadError) -> URL {
        guard DatasetDetector.isFolder(url) else { return url }
        let files = DatasetDetector.cocoFiles(in: url)
        guard files.count == 1 else {
            let found = files.isEmpty ? "none" : files.map(\.lastPathComponent).joined(separator: ", ")
            throw ReadError("\(url.path): expected one COCO .json file in the folder, found \(found)")
        }
        return files[0]
    }

    /// Category names by id. A file without a `categories` list gets the ids as names.
    private static func readCategories(_ value: JSONValue?, location: String, issues: inout [Issue]) -> [COCOIdentifier: String]? {
        guard let entries = value?.arrayValue else {
            issues.append(Issue(.warning, "coco.no-categories", "no \"categories\" list; category ids are shown as names", location: location))
            return nil
        }
        var names: [COCOIdentifier: String] = [:]
        var ids = COCOIDCheck(section: "category", expectedCount: entries.count)
        for entry in entries {
            guard let id = COCOIdentifier(entry["id"]) else { continue }
            if ids.record(id) { names[id] = entry["name"]?.stringValue ?? id.description }
        }
        issues += ids.issues(location: location)
        return names
    }

    private static func readImages(
        _ entries: [JSONValue], locator: inout COCOImageLocator, location: String, issues: inout [Issue]
    ) -> (items: [ReviewItem], itemIndexByImageID: [COCOIdentifier: Int]) {
        var items: [ReviewItem] = []
        var indexByImageID: [COCOIdentifier: Int] = Dictionary(minimumCapacity: entries.count)
        var indexByFileName: [String: Int] = Dictionary(minimumCapacity: entries.count)
        items.reserveCapacity(entries.count)
        var ids = COCOIDCheck(section: "image", expectedCount: entries.count)
        var unusable = RepeatedProblem(.error, "coco.bad-image", "images have no id or file_name; skipped")
        var sameFile = RepeatedProblem(.warning, "coco.duplicate-file", "images repeat a file_name; their boxes join the first")
        var escapes = RepeatedProblem(.error, "coco.path-escape", "images have a file_name outside the image folder; skipped")
        for (position, entry) in entries.enumerated() {
            guard let id = COCOIdentifier(entry["id"]), let fileName = entry["file_name"]?.stringValue else {
                unusable.record("entry \(position)")
                continue
            }
            guard ids.record(id) else { continue }
            if let existing = indexByFileName[fileName] {
                sameFile.record(fileName)
                indexByImageID[id] = existing
                continue
            }
            switch locator.locate(fileName) {
            case .failure(let refusal):
                escapes.record(refusal.reason)
            case .success(let found):
                indexByImageID[id] = items.count
                indexByFileName[fileName] = items.count
                items.append(item(entry, id: id, fileName: fileName, url: found.url, path: found.path))
                items[items.count - 1].imageSeen = found.found
            }
        }
        issues += ids.issues(location: location)
        issues += [unusable, sameFile, escapes].compactMap { $0.issue(location: location) }
        return (items, indexByImageID)
    }

    private static let imageKeysShownElsewhere: Set<String> = ["id", "file_name", "width", "height"]

    private static func item(_ entry: JSONValue, id: COCOIdentifier, fileName: String, url: URL, path: String) -> ReviewItem {
        var metadata = JSONObject()
        metadata["coco_image_id"] = entry["id"]
        for pair in entry.objectValue?.pairs ?? [] where !imageKeysShownElsewhere.contains(pair.key) {
            metadata[pair.key] = pair.value
        }
        return ReviewItem(
            id: fileName, kind: .screenshot, path: path, imageURL: url,
            width: max(0, entry["width"]?.intValue ?? 0), height: max(0, entry["height"]?.intValue ?? 0),
            labels: [], metadata: metadata)
    }
}
