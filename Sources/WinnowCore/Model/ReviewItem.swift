import Foundation

/// One thing a reviewer gives a verdict on: a screenshot with its boxes (later also a
/// drill run, a text example or an image pair).
public struct ReviewItem: Sendable {
    /// The id `winnow list` prints and commands take (qualified with the dataset folder in a workspace).
    public var id: String
    /// The id inside its own dataset: what that dataset's journal records.
    public var localID: String
    public var kind: ItemKind
    /// Path shown to people, relative to the dataset folder.
    public var path: String
    /// The image on disk, when the item has one.
    public var imageURL: URL?
    /// Image size in pixels; 0 when neither the labels nor the image header gave one.
    public var width: Int
    public var height: Int
    public var labels: [Label]
    /// Problems the reader found in this item's source files.
    public var readIssues: [Issue]
    /// Extra fields from the source (action type, active states, ...), shown in the validation pane.
    public var metadata: JSONObject
    /// For a drill run: its channels and controller metadata.
    public var signal: SignalRun?
    /// For a text example: its prompt and response, or its labelled text.
    public var textContent: TextContent?
    /// For an image pair: the transformed image, the instruction and what was measured of them.
    public var pair: PairContent?
    /// For a drill run: where the models given with `--predictions CSV` put its events (nil without).
    public var predictedEvents: [PredictedEvent]?
    /// What the detectors given with `--predictions` found on this image (nil without predictions).
    public var modelOutput: ModelOutput?

    public init(
        id: String, kind: ItemKind, path: String, imageURL: URL?, width: Int, height: Int,
        labels: [Label], readIssues: [Issue] = [], metadata: JSONObject = JSONObject(), signal: SignalRun? = nil
    ) {
        self.id = id
        self.localID = id
        self.kind = kind
        self.path = path
        self.imageURL = imageURL
        self.width = width
        self.height = height
        self.labels = labels
        self.readIssues = readIssues
        self.metadata = metadata
        self.signal = signal
    }
}
