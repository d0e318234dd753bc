/// The parts of a labelImg / Pascal VOC XML file Winnow uses.
struct VOCAnnotation {
    var filename: String?
    var folder: String?
    var path: String?
    var width = 0
    var height = 0
    var objects: [VOCObject] = []
}
