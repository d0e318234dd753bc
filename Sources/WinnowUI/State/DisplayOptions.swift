/// What the terminal can show, decided once at start-up by the terminal layer (or the headless flags).
public struct DisplayOptions: Equatable, Sendable {
    /// False without a UTF-8 locale: borders, marks and images degrade to ASCII.
    public var unicode: Bool
    /// False for NO_COLOR, a mono theme or a terminal without colors.
    public var color: Bool
    /// `--show-private`: e-mail addresses in full rather than masked.
    public var showPrivate: Bool
    /// `--thumbnail-cache MB`: decoded thumbnails kept around the cursor, at most this many bytes
    /// (the current item and those decoded ahead are kept whatever it says).
    public var thumbnailCacheBytes: Int

    public init(unicode: Bool = true, color: Bool = true, showPrivate: Bool = false, thumbnailCacheBytes: Int = 64 << 20) {
        self.unicode = unicode
        self.color = color
        self.showPrivate = showPrivate
        self.thumbnailCacheBytes = thumbnailCacheBytes
    }
}
