import Foundation

/// Builds an `ExportPlan` from curated items: real image sizes from the files, usable boxes cut
/// to their image, categories, groups, splits or folds, output names. Refuses with a message
/// naming the cause when an image is gone, a group field is missing or a split would be empty.
public enum ExportPlanner {
    /// `duplicateGroups`: item indices of exact or near-duplicate images, for `--dedup` and the report.
    public static func plan(_ snapshot: ReviewSnapshot, items: [Int], options: ExportOptions,
                            duplicateGroups: [[Int]] = []) throws(ExportError) -> ExportPlan {
        var plan = try placement(snapshot, items: items, options: options, duplicateGroups: duplicateGroups)
        try measure(&plan, snapshot)
        return plan
    }

    /// Where each image goes (groups, splits or folds, output names) without opening any: enough
    /// to start linking them while `measure` reads their sizes, cuts the boxes and groups the
    /// entries by split.
    public static func placement(_ snapshot: ReviewSnapshot, items: [Int], options: ExportOptions,
                                 duplicateGroups: [[Int]] = []) throws(ExportError) -> ExportPlan {
        var selected = items.filter { snapshot.items[$0].kind == .screenshot && snapshot.items[$0].hasImage }
        guard !selected.isEmpty else { throw ExportError("nothing to export: none of the \(items.count) selected items is a screenshot") }
        var dropped: [Int] = []
        if options.dedup { (selected, dropped) = deduplicated(selected, groups: duplicateGroups) }
        let groups = try groupKeys(snapshot, selected, field: options.groupBy)
        var plan = ExportPlan(options: options, entries: [], categories: [], splitNames: options.split?.names ?? [""])
        plan.droppedDuplicates = dropped
        let stems = ExportStems.assign(selected.map { (path: snapshot.items[$0].path, key: snapshot.items[$0].id) })
        let chosen = selected
        // On every core: the links cannot start before every image's place is known.
        plan.entries = Array(selected.indices).concurrentMap { i in
            let item = snapshot.items[chosen[i]]
            let unit = SplitAssignment.unit(ofGroup: groups[i], seed: options.seed)
            return ExportEntry(
                item: chosen[i], group: groups[i], split: options.split?.split(at: unit) ?? 0,
                fold: options.folds.map { min($0 - 1, Int(unit * Double($0))) }, stem: stems[i],
                fileExtension: ExportStems.fileExtension(of: item.path), source: item.imageURL!, width: 0, height: 0, boxes: [])
        }
        try dropEmptySplits(&plan)
        try checkFolds(plan)
        plan.duplicatesAcrossSplits = acrossSplits(duplicateGroups, plan.entries)
        return plan
    }

    /// The rest of a `placement`: real image sizes from the files, usable boxes cut to them,
    /// categories numbered. Refuses when an image is gone.
    public static func measure(_ plan: inout ExportPlan, _ snapshot: ReviewSnapshot) throws(ExportError) {
        let selected = plan.entries.map(\.item)
        let sizes = try imageSizes(snapshot, selected)
        let boxes = selected.indices.map { clippedBoxes(snapshot.items[selected[$0]].labels, size: sizes[$0], plan: &plan) }
        // Categories numbered as met, then renumbered in name order: no hashing per box for the
        // few categories most datasets have.
        var numbering = NameNumbering()
        let metNumbers = boxes.indices.map { i in
            let labels = snapshot.items[selected[i]].labels
            return boxes[i].map { numbering.number(of: labels[$0.labelIndex].category) }
        }
        plan.categories = numbering.names.sorted()
        var sortedNumber = Array(repeating: 0, count: plan.categories.count)
        for (position, name) in plan.categories.enumerated() { sortedNumber[numbering.number(of: name)] = position }
        for i in plan.entries.indices {
            plan.entries[i].width = sizes[i].width
            plan.entries[i].height = sizes[i].height
            plan.entries[i].boxes = zip(boxes[i], metNumbers[i]).map { ExportBox(category: sortedNumber[$1], box: $0.box, labelIndex: $0.labelIndex) }
        }
        plan.groupBySplit()
    }

    /// Keeps the first item (in selection order) of each duplicate group.
    static func deduplicated(_ items: [Int], groups: [[Int]]) -> (kept: [Int], dropped: [Int]) {
        let position = Dictionary(uniqueKeysWithValues: items.enumerated().map { ($1, $0) })
        var drop = Set<Int>()
        for group in groups {
            drop.formUnion(group.filter { position[$0] != nil }.sorted { position[$0]! < position[$1]! }.dropFirst())
        }
        return (items.filter { !drop.contains($0) }, items.filter(drop.contains))
    }

    /// Sizes decoded from each image file's header: the labels' sizes may be 0 or stale.
    static func imageSizes(_ snapshot: ReviewSnapshot, _ items: [Int]) throws(ExportError) -> [(width: Int, height: Int)] {
        let urls = items.map { snapshot.items[$0].imageURL! }
        let sizes = urls.concurrentMap { url in ImageHeader.size(of: url).map { [$0.width, $0.height] } }
        let missing = urls.indices.filter { sizes[$0] == nil }
        guard missing.isEmpty else {
            let names = missing.prefix(5).map { urls[$0].path }.joined(separator: ", ")
            let id = snapshot.items[items[missing[0]]].id
            throw ExportError("\(missing.count) image(s) are missing or unreadable since review: \(names)"
                              + (missing.count > 5 ? ", …" : "") + "; restore them, or leave them out with a filter such as "
                              + "--filter 'verdict:good -id:\(id)'")
        }
        return sizes.map { (width: $0![0], height: $0![1]) }
    }

    static func groupKeys(_ snapshot: ReviewSnapshot, _ items: [Int], field: String?) throws(ExportError) -> [String] {
        let datasetNames = snapshot.workspace.datasets.map(\.name)  // once, not a URL's last component per item
        let keys = items.map { index in
            ExportGroupKey.group(of: snapshot.items[index], dataset: datasetNames[snapshot.workspace.datasetIndexOfItem[index]], field: field)
        }
        if let field, let missing = keys.firstIndex(where: { $0 == nil }) {
            let count = keys.filter { $0 == nil }.count
            throw ExportError("--group-by \(field): \(count) item(s) have no '\(field)', first \(snapshot.items[items[missing]].id); "
                              + "use a field every item has, or one of \(ExportGroupKey.derivedFields.joined(separator: ", "))")
        }
        return keys.map { $0! }
    }

    /// Usable boxes of an item cut to its image; rejected, non-finite and empty ones are counted and left out.
    static func clippedBoxes(_ labels: [Label], size: (width: Int, height: Int), plan: inout ExportPlan) -> [(labelIndex: Int, box: BoundingBox)] {
        var result: [(Int, BoundingBox)] = []
        for index in labels.indices {  // by position: no label copied
            guard !labels[index].rejected, let box = labels[index].bbox, box.isFinite else { plan.leftOutBoxes += 1; continue }
            // Inside the image: kept as labelled. Recomputed from its corners, a width of 0.2 at
            // x 0.1 came back as 0.20000000000000004 and counted as clipped.
            if box.width > 0, box.height > 0, box.x >= 0, box.y >= 0, box.maxX <= Double(size.width), box.maxY <= Double(size.height) {
                result.append((index, box))
                continue
            }
            let x0 = max(0, box.x), y0 = max(0, box.y)
            let x1 = min(Double(size.width), box.maxX), y1 = min(Double(size.height), box.maxY)
            guard x1 > x0, y1 > y0 else { plan.leftOutBoxes += 1; continue }
            let clipped = BoundingBox(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
            if clipped != box { plan.clippedBoxes += 1 }
            result.append((index, clipped))
        }
        return result
    }

    /// A named split with no image breaks trainers: refuse, or drop it when asked. A split given
    /// a share of 0 is simply not written.
    static func dropEmptySplits(_ plan: inout ExportPlan) throws(ExportError) {
        guard plan.isSplit else { return }
        var counts = Array(repeating: 0, count: plan.splitNames.count)
        for entry in plan.entries { counts[entry.split] += 1 }
        let fractions = plan.options.split!.fractions
        let starved = plan.splitNames.indices.filter { counts[$0] == 0 && fractions[$0] > 0 }
        let names = starved.map { plan.splitNames[$0] }
        if names.first == "train" {
            throw ExportError("split train would get no image (\(plan.entries.count) images in \(Set(plan.entries.map(\.group)).count) groups); "
                              + "change --split or --seed")
        }
        if !starved.isEmpty, !plan.options.dropEmptySplits {
            throw ExportError("split \(names.joined(separator: ", ")) would get no image (\(plan.entries.count) images in "
                              + "\(Set(plan.entries.map(\.group)).count) groups); change --split or --seed, or pass --drop-empty-splits")
        }
        let kept = plan.splitNames.indices.filter { counts[$0] > 0 }
        guard !kept.isEmpty else { throw ExportError("nothing to export: every split is empty") }
        let newIndex = Dictionary(uniqueKeysWithValues: kept.enumerated().map { ($1, $0) })
        for i in plan.entries.indices { plan.entries[i].split = newIndex[plan.entries[i].split]! }
        plan.splitNames = kept.map { plan.splitNames[$0] }
        plan.droppedSplits = names
    }

    /// A fold without images would be an empty validation set.
    static func checkFolds(_ plan: ExportPlan) throws(ExportError) {
        guard let folds = plan.options.folds else { return }
        let used = Set(plan.entries.compactMap(\.fold))
        if let empty = (0..<folds).first(where: { !used.contains($0) }) {
            throw ExportError("fold \(empty) of \(folds) would get no image (\(Set(plan.entries.map(\.group)).count) groups); use fewer --folds")
        }
    }

    /// Duplicate groups whose members landed in different splits (or folds).
    static func acrossSplits(_ groups: [[Int]], _ entries: [ExportEntry]) -> [[Int]] {
        let splitOfItem = Dictionary(uniqueKeysWithValues: entries.map { ($0.item, $0.fold ?? $0.split) })
        return groups.filter { Set($0.compactMap { splitOfItem[$0] }).count > 1 }
    }
}
