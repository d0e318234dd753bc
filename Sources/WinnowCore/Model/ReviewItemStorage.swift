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
    /// Fields few items have, behind a reference each (`ReviewItem` reads and changes them).
    var rareSignal = RareValue<SignalRun>.none
    var rareText = RareValue<TextContent>.none
    var rarePair = RareValue<PairContent>.none
    var rareModelOutput = RareValue<ModelOutput>.none

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
