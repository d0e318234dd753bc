/// Paths looked up in their folders' listings (`FolderListings`), the last folder's kept while
/// paths stay in it: what a read or a check of many files in few folders asks instead of a stat each.
struct ListedEntries {
    let listings: FolderListings
    private var last: (folder: Substring, listing: FolderListing?)?

    init(_ listings: FolderListings) { self.listings = listings }

    /// What the listing of the path's folder says of it; nil when that folder has no listing
    /// (too full, unreadable) or the path has no folder.
    mutating func entry(_ path: String) -> FolderListing.Entry? {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return nil }
        let folder = path[..<slash]
        if last?.folder != folder { last = (folder, listings.listing(of: String(folder))) }
        return last?.listing.flatMap { listing in
            path[path.utf8.index(after: slash)...].utf8.withContiguousStorageIfAvailable { listing.entry(named: $0) }
        }
    }

    /// Whether something is at the path, links followed (as `SystemCalls.exists`): a link, or an
    /// entry the file system gave no type for, is stat'ed.
    mutating func exists(_ path: String) -> Bool {
        switch entry(path) {
        case .present?: return true
        case .absent?: return false
        case .link?, .unknown?, nil: return SystemCalls.exists(path)
        }
    }
}
