/// What the header sections say about a run: its metadata object and the two facts the model
/// keeps as fields.
struct SetitecHeaderInfo {
    var metadata: JSONObject
    var firmwareVersion: Int?
    var sampleRate: Double?
}
