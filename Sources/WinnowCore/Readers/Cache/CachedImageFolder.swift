/// What the index cache may take of an image folder it names: the reader refuses image paths that
/// leave the dataset, and a cache is held to the same rule; images seen at the first read count as
/// still there only in a folder the cache's key watches (a file removed there makes it stale).
enum CachedImageFolder: Sendable {
    case outside, inside, watched

    /// `allowed` are folder paths ending in "/"; `folder` does not end in one. `watched` nil: every folder is.
    init(_ folder: String, allowed: [String], watched: Set<String>?) {
        let withSlash = folder + "/"
        if withSlash.utf8.starts(with: "/".utf8), !withSlash.contains("/../"), allowed.contains(where: { withSlash.hasPrefix($0) }) {
            self = watched?.contains(folder) ?? true ? .watched : .inside
        } else {
            self = .outside
        }
    }
}
