import Foundation
@testable import WinnowCore
import WinnowImaging
import WinnowUI

/// Targets for parsers that take bytes or text.
extension FuzzTarget {
    /// The tree reader and the streaming reader must agree on whether a top-level object is JSON,
    /// and on its keys (a repeated key is one key of the tree, where its last value wins).
    static func json(_ bytes: [UInt8]) {
        let tree = try? JSONParser.parse(bytes)
        guard case .object(let object)? = tree ?? .null else { return }
        var keys: [String] = []
        let streamed: Void? = bytes.withUnsafeBufferPointer { buffer in
            try? JSONParser.streamObject(buffer) { (key, parser) throws(JSONParseError) in
                keys.append(key)
                _ = try parser.value()
            }
        }
        var seen = Set<String>()
        if streamed == nil || keys.filter({ seen.insert($0).inserted }) != object.keys { fatalError("the streaming reader disagrees with the tree reader") }
    }

    static func setitec(_ bytes: [UInt8]) {
        _ = SetitecReader.read(bytes: bytes, fileName: "fuzz.xls")
    }

    static func appearance(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        _ = try? Keymap.parse(text, file: "fuzz.keys")
        _ = try? Theme.parse(text, name: "fuzz", file: "fuzz.theme")
    }

    static func filter(_ bytes: [UInt8]) {
        guard let query = try? FilterQuery.parse(String(decoding: bytes, as: UTF8.self)) else { return }
        let facts = ItemFacts(id: "shots/a b.png", path: "shots/a b.png", kind: "image", tier: "low", confidence: 0.4,
                              categories: ["button", "Überschrift"], sources: ["model"], verdict: "good", reviewers: ["ann"],
                              issueCount: 2, hasEdits: true, text: "Grüße, world")
        _ = query.matches(facts)
        _ = query.matchingIndices(in: [facts, ItemFacts(id: "")])
    }

    /// Decoded whole, and as a thumbnail (the reduced-scale path).
    static func image(_ bytes: [UInt8], name: String) {
        _ = try? ImageDecoder.decode(bytes, path: name)
        let file = ScratchFolder.file(name, bytes)
        _ = try? ImageDecoder.decodeThumbnail(fileAt: file.path, width: 8, height: 6, background: (0, 0, 0))
    }
}
