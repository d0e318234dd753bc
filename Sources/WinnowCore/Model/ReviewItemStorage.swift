import Foundation

/// The fields of a `ReviewItem`, shared between its copies until one of them changes.
/// Unchecked Sendable as an array's buffer is: `ReviewItem` copies it before any write unless it
/// holds the only reference.
final class ReviewItemStorage: @unchecked Sendable {
    var id: String
    var localID: String
    var kind: ItemKind
    var path: String
    var image: ImageLocation
    var imageSeen = false
    var width: Int
    var height: Int
    var labels: [Label]
    var readIssues: [Issue]
    var metadata: JSONObject
    var predictedEvents: [PredictedEvent]? = nil
    private var rareSignal = RareValue<SignalRun>.none
    private var rareText = RareValue<TextContent>.none
    private var rarePair = RareValue<PairContent>.none
    private var rareModelOutput = RareValue<ModelOutput>.none

    var signal: SignalRun? {
        get { rareSignal.value }
        _modify { yield &rareSignal.inPlace }
    }
    var textContent: TextContent? {
        get { rareText.value }
        _modify { yield &rareText.inPlace }
    }
    var pair: PairContent? {
        get { rarePair.value }
        _modify { yield &rarePair.inPlace }
    }
    var modelOutput: ModelOutput? {
        get { rareModelOutput.value }
        _modify { yield &rareModelOutput.inPlace }
    }

    init(id: String, kind: ItemKind, path: String, imageURL: URL?, width: Int, height: Int,
         labels: [Label], readIssues: [Issue], metadata: JSONObject, signal: SignalRun?) {
        self.id = id
        self.localID = id
        self.kind = kind
        self.path = path
        self.image = imageURL.map(ImageLocation.url) ?? .none
        self.width = width
        self.height = height
        self.labels = labels
        self.readIssues = readIssues
        self.metadata = metadata
        rareSignal = RareValue(signal)
    }

    func copy() -> ReviewItemStorage {
        let copy = ReviewItemStorage(id: id, kind: kind, path: path, imageURL: nil, width: width, height: height,
                                     labels: labels, readIssues: readIssues, metadata: metadata, signal: nil)
        copy.image = image
        copy.localID = localID
        copy.imageSeen = imageSeen
        copy.rareSignal = rareSignal
        copy.rareText = rareText
        copy.rarePair = rarePair
        copy.predictedEvents = predictedEvents
        copy.rareModelOutput = rareModelOutput
        return copy
    }
}
