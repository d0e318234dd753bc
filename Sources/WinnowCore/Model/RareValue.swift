/// An optional kept behind a reference: 8 bytes in every item for a field few items have (a
/// signal, a text, a pair, model output), instead of its whole size inline; 100k screenshots
/// were 31 MB of empty fields.
enum RareValue<Wrapped: Sendable>: Sendable {
    case none
    indirect case some(Wrapped)

    init(_ value: Wrapped?) { self = value.map { .some($0) } ?? .none }

    var value: Wrapped? {
        if case .some(let value) = self { value } else { nil }
    }

    /// The value for changing in place: taken out first, so its arrays are not shared with the box
    /// while they change.
    var inPlace: Wrapped? {
        get { value }
        _modify {
            var taken = value
            self = .none
            defer { self = RareValue(taken) }
            yield &taken
        }
    }
}
