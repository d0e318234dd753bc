import Foundation

/// The fields of a `ReviewItem`, shared between its copies until one of them changes.
/// Unchecked Sendable as an array's buffer is: `ReviewItem` copies it before any write unless it
/// holds the only reference.
final class ReviewItemStorage: @unchecked Sendable {
    var id: String
    var localID: String
    var kind: ItemKind
    var path: String
    var imageURL: URL? = nil
    var imageSeen = false
    var width: Int
    var height: Int
    var labels: [Label]
    var readIssues: [Issue]
    var metadata: JSONObject
    var signal: SignalRun? = nil
    var textContent: TextContent? = nil
    var pair: PairContent? = nil
    var predictedEvents: [PredictedEvent]? = nil
    var modelOutput: ModelOutput? = nil

    init(id: String, kind: ItemKind, path: String, imageURL: URL?, width: Int, height: Int,
         labels: [Label], readIssues: [Issue], metadata: JSONObject, signal: SignalRun?) {
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

    func copy() -> ReviewItemStorage {
        let copy = ReviewItemStorage(id: id, kind: kind, path: path, imageURL: imageURL, width: width, height: height,
                                     labels: labels, readIssues: readIssues, metadata: metadata, signal: signal)
        copy.localID = localID
        copy.imageSeen = imageSeen
        copy.textContent = textContent
        copy.pair = pair
        copy.predictedEvents = predictedEvents
        copy.modelOutput = modelOutput
        return copy
    }
}
