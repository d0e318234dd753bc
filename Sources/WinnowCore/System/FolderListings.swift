import Foundation

/// The listings of the folders one read meets, each made once and shared by the read's threads
/// (a thread that asks while another lists waits for that listing).
final class FolderListings: @unchecked Sendable {  // `listings` is guarded by `lock`
    private let lock = NSLock()
    private var listings: [String: FolderListing?] = [:]
    /// Entries a folder may hold to be listed.
    private let limit: Int

    init(limit: Int) { self.limit = limit }

    /// Nil when the folder could not be listed or holds too many entries.
    func listing(of folder: String) -> FolderListing? {
        lock.withLock {
            if let known = listings[folder] { return known }
            let listing = FolderListing(path: folder, limit: limit)
            listings[folder] = listing
            return listing
        }
    }
}
