/// What kind of thing an item is; decides which center pane shows it.
public enum ItemKind: String, Sendable, CaseIterable {
    case screenshot
    case signal
    case text
    case pair
}
