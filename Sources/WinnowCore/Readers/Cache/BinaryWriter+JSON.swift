extension BinaryWriter {
    /// `value` as `BinaryReader.json` reads it back: numbers bit for bit, keys in order.
    mutating func json(_ value: JSONValue) {
        switch value {
        case .null: byte(BinaryJSONTag.null.rawValue)
        case .bool(let flag): byte((flag ? BinaryJSONTag.true : .false).rawValue)
        case .number(let number):
            if number.rounded() == number, abs(number) < 0x1p53, number.sign == .plus || number != 0 {
                byte(BinaryJSONTag.integer.rawValue)
                int(Int(number))
            } else {
                byte(BinaryJSONTag.double.rawValue)
                double(number)
            }
        case .string(let text):
            byte(BinaryJSONTag.string.rawValue)
            string(text)
        case .array(let values):
            byte(BinaryJSONTag.array.rawValue)
            count(values.count)
            values.forEach { json($0) }
        case .object(let object):
            byte(BinaryJSONTag.object.rawValue)
            count(object.count)
            for (key, value) in object.pairs {
                string(key)
                json(value)
            }
        }
    }
}
