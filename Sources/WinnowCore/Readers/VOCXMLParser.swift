import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Collects a `VOCAnnotation` from XML. Elements are matched by their path below the root
/// (`object/bndbox/xmin`), so `<part>` boxes nested inside an object are not taken for it.
final class VOCXMLParser: NSObject, XMLParserDelegate {
    struct Failure: Error {
        let line: Int
        let message: String
    }

    private var annotation = VOCAnnotation()
    private var currentObject: VOCObject?
    private var path: [String] = []
    private var text = ""
    private var firstError: Failure?

    static func parse(_ data: Data) -> Result<VOCAnnotation, Failure> {
        // Foundation's parser traps on some names that are not UTF-8 (found by fuzzing): refuse them first.
        if let bad = firstInvalidUTF8Line(data) { return .failure(Failure(line: bad, message: "not valid UTF-8")) }
        let parser = XMLParser(data: data)
        let collector = VOCXMLParser()
        parser.delegate = collector
        parser.shouldResolveExternalEntities = false
        let finished = parser.parse()
        // On Linux parse() recovers from many errors and still returns true: the delegate callback
        // is what reliably reports them. Error codes differ by platform, so only the number is shown.
        if let failure = collector.firstError { return .failure(failure) }
        guard finished else {
            let code = (parser.parserError as NSError?)?.code ?? 0
            return .failure(Failure(line: parser.lineNumber, message: "parser error \(code)"))
        }
        return .success(collector.annotation)
    }

    /// The line of the first byte that is not UTF-8, if any.
    private static func firstInvalidUTF8Line(_ data: Data) -> Int? {
        if String(validating: data, as: UTF8.self) != nil { return nil }
        var line = 1
        var decoder = UTF8()
        var bytes = data.makeIterator()
        while true {
            switch decoder.decode(&bytes) {
            case .scalarValue(let scalar): if scalar == "\n" { line += 1 }
            case .error: return line
            case .emptyInput: return nil
            }
        }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        guard firstError == nil else { return }
        firstError = Failure(line: parser.lineNumber, message: "parser error \((parseError as NSError).code)")
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        path.append(elementName)
        text = ""
        guard path.count <= Self.maxDepth else {
            if firstError == nil { firstError = Failure(line: parser.lineNumber, message: "elements nested deeper than \(Self.maxDepth) levels") }
            parser.abortParsing()
            return
        }
        if relativePath == "object" { currentObject = VOCObject(line: parser.lineNumber) }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        store(text.trimmingCharacters(in: .whitespacesAndNewlines), at: relativePath)
        path.removeLast()
        text = ""
    }

    /// The element path without the root element (`annotation`); "" deeper than any path read
    /// (`object/bndbox/xmin`), so a deep file costs no join per element (it was quadratic).
    private var relativePath: String { path.count > 4 ? "" : path.dropFirst().joined(separator: "/") }

    /// VOC files are four levels deep; past this the file is not one.
    static let maxDepth = 256

    private func store(_ value: String, at elementPath: String) {
        switch elementPath {
        case "filename": annotation.filename = value
        case "folder": annotation.folder = value
        case "path": annotation.path = value
        case "size/width": annotation.width = Self.pixelCount(value)
        case "size/height": annotation.height = Self.pixelCount(value)
        case "object/name": currentObject?.name = value
        case "object/bndbox/xmin", "object/bndbox/ymin", "object/bndbox/xmax", "object/bndbox/ymax":
            currentObject?.bndbox[String(elementPath.dropFirst("object/bndbox/".count))] = value
        case "object":
            if let currentObject { annotation.objects.append(currentObject) }
            currentObject = nil
        default: break
        }
    }

    /// 0 for anything that is not a sensible size, so the header is asked instead.
    private static func pixelCount(_ text: String) -> Int {
        if let n = Int(text) { return max(0, n) }
        if let d = Double(text), d.isFinite, d > 0, d < 1e9 { return Int(d) }
        return 0
    }
}
