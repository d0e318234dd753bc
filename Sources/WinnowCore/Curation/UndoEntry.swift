/// An event a reviewer can undo or redo, with the time that orders it against other journals.
public struct UndoEntry: Equatable, Sendable {
    public var seq: Int
    public var time: String
}
