/// One `<object>` of a Pascal VOC file, as written (numbers still text).
struct VOCObject {
    /// Line of the `<object>` tag, for issues.
    var line: Int
    var name: String?
    var bndbox: [String: String] = [:]
}
