/// A named, immutable state of a workspace (`winnow version PATH create -m TEXT`): where each
/// dataset's journal stood and the SHA-256 of every source file, so the state can be exported
/// again (`export --version`), compared (`diff`), and a change of the sources since detected.
public struct DatasetVersion: Equatable, Sendable {
    public var number: String
    public var message: String
    public var reviewer: String
    public var time: String
    /// Per dataset (by folder name): the last journal event the version includes.
    public var positions: [String: Int]
    /// Path relative to the workspace root → SHA-256 (hex).
    public var files: [String: String]

    public init(number: String, message: String, reviewer: String, time: String, positions: [String: Int], files: [String: String]) {
        self.number = number
        self.message = message
        self.reviewer = reviewer
        self.time = time
        self.positions = positions
        self.files = files
    }

    var json: JSONValue {
        .object(JSONObject([
            ("number", .string(number)), ("message", .string(message)), ("reviewer", .string(reviewer)), ("time", .string(time)),
            ("positions", .object(JSONObject(positions.sorted { $0.key < $1.key }.map { ($0.key, JSONValue($0.value)) }))),
            ("files", .object(JSONObject(files.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) }))),
        ]))
    }

    init?(_ value: JSONValue) {
        guard let number = value["number"]?.stringValue, let positions = value["positions"]?.objectValue,
              let files = value["files"]?.objectValue else { return nil }
        self.init(number: number, message: value["message"]?.stringValue ?? "", reviewer: value["reviewer"]?.stringValue ?? "",
                  time: value["time"]?.stringValue ?? "",
                  positions: Dictionary(uniqueKeysWithValues: positions.pairs.compactMap { p in p.value.intValue.map { (p.key, $0) } }),
                  files: Dictionary(uniqueKeysWithValues: files.pairs.compactMap { p in p.value.stringValue.map { (p.key, $0) } }))
    }

    /// The number after this one: `1.0` → `1.1`, or with `major` → `2.0`.
    func next(major: Bool) -> String {
        let parts = number.split(separator: ".").compactMap { Int($0) }
        guard parts.count == 2 else { return major ? "2.0" : number + ".1" }
        return major ? "\(parts[0] + 1).0" : "\(parts[0]).\(parts[1] + 1)"
    }
}
