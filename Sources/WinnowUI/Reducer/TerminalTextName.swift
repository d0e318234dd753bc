import WinnowCore

/// The short name an item goes by in messages: its file name.
enum TerminalTextName {
    static func of(_ item: ReviewItem) -> String {
        item.path.split(separator: "/").last.map(String.init) ?? item.id
    }
}
