import Foundation

/// What a detector's output may name an image or a category by, for one dataset: COCO image
/// ids, image file names and stems; category ids and names.
struct PredictionTargets {
    private var byCOCOImageID: [String: String] = [:]
    private var byFileName: [String: String] = [:]
    private var byStem: [String: String] = [:]
    private(set) var sizes: [String: (width: Int, height: Int)] = [:]
    let categoryIDs: [String: String]
    let categoryNames: Set<String>

    init(_ dataset: Dataset) {
        categoryIDs = dataset.categoryIDs
        var names = Set(dataset.categoryIDs.values)
        var stems: [String: Int] = [:]
        for item in dataset.items {
            if let id = item.metadata["coco_image_id"].flatMap(COCOIdentifier.init) { byCOCOImageID[id.description] = item.localID }
            let file = item.imageURL?.lastPathComponent ?? (item.path as NSString).lastPathComponent
            byFileName[file] = byFileName[file] ?? item.localID
            let stem = (file as NSString).deletingPathExtension
            stems[stem, default: 0] += 1
            byStem[stem] = item.localID
            sizes[item.localID] = (item.width, item.height)
            for label in item.labels { names.insert(label.category) }
        }
        for (stem, count) in stems where count > 1 { byStem[stem] = nil }  // ambiguous: only the full name finds it
        categoryNames = names
    }

    /// The item a COCO `image_id` names: through the ground truth's ids, else as a file name or stem.
    func item(imageID: COCOIdentifier) -> String? {
        byCOCOImageID[imageID.description] ?? item(fileName: imageID.description)
    }

    func item(fileName: String) -> String? {
        let base = (fileName as NSString).lastPathComponent
        return byFileName[base] ?? byStem[base] ?? byStem[(base as NSString).deletingPathExtension]
    }
}
