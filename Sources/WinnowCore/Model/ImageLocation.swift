import Foundation

/// Where an item's image is: the URL a reader made, or the folder and "/name" the index cache
/// kept, made a path or URL only when asked (building 100k URLs was a tenth of a cached open; the
/// folder is one string shared by its images).
enum ImageLocation: Sendable {
    case none
    case url(URL)
    case inFolder(String, name: String)

    var url: URL? {
        switch self {
        case .none: nil
        case .url(let url): url
        case .inFolder(let folder, let name): URL(fileURLWithPath: folder + name, isDirectory: false)
        }
    }

    var path: String? {
        switch self {
        case .none: nil
        case .url(let url): url.path
        case .inFolder(let folder, let name): folder + name
        }
    }
}
