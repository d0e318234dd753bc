import Foundation

/// What an image pair shows (seed 002): the original photo (the item's `imageURL`), the image a
/// transformation made of it and the instruction that asked for it, with how much changed and
/// whether the structure survived once those are measured.
public struct PairContent: Equatable, Sendable {
    /// The transformed image (nil when the session has none).
    public var editedURL: URL?
    public var instruction: String
    /// The instruction before the first correction (nil: never corrected).
    public var originalInstruction: String?
    /// The submitter's e-mail address: private, shown masked and left out of exports unless asked.
    public var email: String?
    public var timestamp: String?
    /// How much the transformation changed, 0 (nothing) to 1 (everything); nil until measured.
    public var change: Double?
    /// How much of the original's structure (its edges) survived, 0 to 1; nil until measured.
    public var structure: Double?
    /// The original's perceptual hash (dHash), to find the same photo submitted again.
    public var originalHash: UInt64?
    /// Other sessions whose original is (nearly) the same photo.
    public var sameOriginalAs: [String] = []

    public init(editedURL: URL?, instruction: String, email: String? = nil, timestamp: String? = nil) {
        self.editedURL = editedURL
        self.instruction = instruction
        self.email = email
        self.timestamp = timestamp
    }

    /// Below this `change`, a transformation counts as having done next to nothing.
    public static let visibleChange = 0.02

    /// How sure the pair is a good example: `structure × min(1, change / 0.02)`, so a pair whose
    /// house survived and visibly changed scores its structure, one that changed nothing or
    /// destroyed the house scores low; 0 without a transformed image, nil until measured.
    public var confidence: Double? {
        guard editedURL != nil else { return 0 }
        guard let change, let structure else { return nil }
        return structure * min(1, change / Self.visibleChange)
    }

    /// The instruction as a reviewer rewrote it.
    public mutating func correct(to corrected: String) {
        if originalInstruction == nil { originalInstruction = instruction }
        instruction = corrected
    }

    /// `u***@example.com`: enough to tell addresses apart, not to write to them.
    public static func masked(_ email: String) -> String {
        guard let at = email.firstIndex(of: "@"), at > email.startIndex else { return "***" }
        return String(email[email.startIndex]) + "***" + email[at...]
    }
}
