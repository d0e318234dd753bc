import Foundation

/// The last few distinct strings read, handed back instead of a new copy of the same text: a
/// million labels name one source ("template_matching"), and each copy of a string that long is an
/// allocation. One per reading thread (its strings are not shared while it reads).
struct RepeatedStrings {
    private var recent: [String] = []
    private static let kept = 8

    mutating func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        for index in recent.indices where Self.same(&recent[index], bytes) { return recent[index] }
        let text = String(decoding: bytes, as: UTF8.self)
        if recent.count == Self.kept { recent.removeFirst() }
        recent.append(text)
        return text
    }

    private static func same(_ text: inout String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        text.utf8.count == bytes.count && text.withUTF8 { bytes.isEmpty || memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0 }
    }
}
