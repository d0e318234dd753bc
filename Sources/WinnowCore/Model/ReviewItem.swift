import Foundation

/// One thing a reviewer gives a verdict on: a screenshot with its boxes, a drill run, a text
/// example or an image pair.
///
/// Its fields live in one shared box, copied on write as arrays are: datasets hold millions of
/// items and every queue, snapshot and state copies them, so a copy is one reference (8 bytes and
/// a retain) rather than 464 bytes and fifteen retains. Fields are read in place (`_read`), so
/// `item.textContent?.text` does not copy the whole text content first.
public struct ReviewItem: Sendable {
    private var storage: ReviewItemStorage

    /// The id `winnow list` prints and commands take (qualified with the dataset folder in a workspace).
    public var id: String {
        _read { yield storage.id }
        _modify { unique(); yield &storage.id }
    }
    /// The id inside its own dataset: what that dataset's journal records.
    public var localID: String {
        _read { yield storage.localID }
        _modify { unique(); yield &storage.localID }
    }
    public var kind: ItemKind {
        _read { yield storage.kind }
        _modify { unique(); yield &storage.kind }
    }
    /// Path shown to people, relative to the dataset folder.
    public var path: String {
        _read { yield storage.path }
        _modify { unique(); yield &storage.path }
    }
    /// The image on disk, when the item has one.
    public var imageURL: URL? {
        get { storage.image.url }
        set { unique(); storage.image = newValue.map(ImageLocation.url) ?? .none }
    }
    /// `imageURL != nil`, without making the URL.
    public var hasImage: Bool {
        if case .none = storage.image { false } else { true }
    }
    /// `imageURL?.path`, without making the URL when the item has none yet.
    public var imagePath: String? { storage.image.path }

    /// The image as its folder and "/name" (the index cache's items: `imageURL` is made when asked).
    mutating func setImage(folder: String, name: String) {
        unique()
        storage.image = .inFolder(folder, name: name)
    }
    /// The reader found the image file as it read the dataset (in its folder's listing), so this
    /// open's checks need not look for it again; false when it did not look.
    public var imageSeen: Bool {
        _read { yield storage.imageSeen }
        _modify { unique(); yield &storage.imageSeen }
    }
    /// Image size in pixels; 0 when neither the labels nor the image header gave one.
    public var width: Int {
        _read { yield storage.width }
        _modify { unique(); yield &storage.width }
    }
    public var height: Int {
        _read { yield storage.height }
        _modify { unique(); yield &storage.height }
    }
    public var labels: [Label] {
        _read { yield storage.labels }
        _modify { unique(); yield &storage.labels }
    }
    /// Problems the reader found in this item's source files.
    public var readIssues: [Issue] {
        _read { yield storage.readIssues }
        _modify { unique(); yield &storage.readIssues }
    }
    /// Extra fields from the source (action type, active states, ...), shown in the validation pane.
    public var metadata: JSONObject {
        _read { yield storage.metadata }
        _modify { unique(); yield &storage.metadata }
    }
    /// For a drill run: its channels and controller metadata.
    public var signal: SignalRun? {
        _read { yield storage.rareSignal.value }
        _modify { unique(); yield &storage.rareSignal.inPlace }
    }
    /// For a text example: its prompt and response, or its labelled text.
    public var textContent: TextContent? {
        _read { yield storage.rareText.value }
        _modify { unique(); yield &storage.rareText.inPlace }
    }
    /// For an image pair: the transformed image, the instruction and what was measured of them.
    public var pair: PairContent? {
        _read { yield storage.rarePair.value }
        _modify { unique(); yield &storage.rarePair.inPlace }
    }
    /// For a drill run: where the models given with `--predictions CSV` put its events (nil without).
    public var predictedEvents: [PredictedEvent]? {
        _read { yield storage.predictedEvents }
        _modify { unique(); yield &storage.predictedEvents }
    }
    /// What the detectors given with `--predictions` found on this image (nil without predictions).
    public var modelOutput: ModelOutput? {
        _read { yield storage.rareModelOutput.value }
        _modify { unique(); yield &storage.rareModelOutput.inPlace }
    }

    public init(
        id: String, kind: ItemKind, path: String, imageURL: URL?, width: Int, height: Int,
        labels: [Label], readIssues: [Issue] = [], metadata: JSONObject = JSONObject(), signal: SignalRun? = nil
    ) {
        storage = ReviewItemStorage(id: id, kind: kind, path: path, imageURL: imageURL, width: width, height: height,
                                    labels: labels, readIssues: readIssues, metadata: metadata, signal: signal)
    }

    private mutating func unique() {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
    }
}
