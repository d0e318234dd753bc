/// The cell separator of a file: a tab in what controllers write, `;` in the files a MQTT-to-XLS
/// converter wrote. Decided from the first line that has either.
enum SetitecSeparator {
    static let tab = UInt8(ascii: "\t")
    static let semicolon = UInt8(ascii: ";")

    static func detect(in bytes: UnsafeBufferPointer<UInt8>) -> UInt8 {
        var tabs = 0
        var semicolons = 0
        for byte in bytes {
            switch byte {
            case tab: tabs += 1
            case semicolon: semicolons += 1
            case 0x0A where tabs + semicolons > 0: return semicolons > tabs ? semicolon : tab
            default: break
            }
        }
        return semicolons > tabs ? semicolon : tab
    }
}
