extension ReviewItem {
    /// The field `E` opens in the editor: a text's response (else its text), a pair's instruction.
    public var editableField: (name: String, text: String)? {
        textContent?.editableField ?? pair.map { ("instruction", $0.instruction) }
    }

    /// Applies a reviewer's correction of a field (the original is kept beside it).
    public mutating func correct(_ field: String, to text: String) {
        if field == "instruction" {
            pair?.correct(to: text)
        } else {
            textContent?.correct(field, to: text)
        }
    }
}
