import Foundation

/// Where an item's image is: the URL a reader made, or a path the index cache kept, made a URL
/// only when asked (building 100k URLs was a tenth of a cached open).
enum ImageLocation: Sendable {
    case none
    case url(URL)
    case path(String)

    var url: URL? {
        switch self {
        case .none: nil
        case .url(let url): url
        case .path(let path): URL(fileURLWithPath: path, isDirectory: false)
        }
    }
}
