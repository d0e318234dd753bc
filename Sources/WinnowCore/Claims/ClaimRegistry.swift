import Foundation

/// Short-lived claims on items (`.winnow/claims/`), so that two reviewers working through the
/// triage queue at once are not handed the same item. A claim is a small file per item. It holds
/// while its owner refreshes it (`refresh()`, well within `ttl`) and its process runs; an expired
/// claim, or one whose process is gone, is removed by the next registry that meets it, with a note.
///
/// Claiming, releasing and removing stale claims happen under an exclusive `flock` on
/// `claims/.lock`, and a claim file is created with `link(2)`, which fails if the name exists: of
/// two processes claiming one item, exactly one wins. Readers need no lock: a claim file appears
/// whole (link) and is replaced whole (rename).
public final class ClaimRegistry {
    public let directory: URL
    public let ttl: TimeInterval
    /// Stale claims this registry removed, one sentence each, oldest first.
    public private(set) var notes: [String] = []
    private let session = UUID().uuidString
    private let host = SystemCalls.hostName
    private let clock: () -> Date
    /// Items this registry holds, and for whom.
    private var held: [String: String] = [:]
    private var temporaryCounter = 0

    public static let folderName = "claims"

    public init(stateDirectory: URL, ttl: TimeInterval = 60, clock: @escaping () -> Date = Date.init) {
        directory = stateDirectory.appendingPathComponent(Self.folderName, isDirectory: true)
        self.ttl = ttl
        self.clock = clock
    }

    /// Claims the item for `reviewer`. False when another live claim holds it; true when this
    /// registry now holds it (claiming an item it already holds refreshes the claim). Where no
    /// claim can be written (a read-only state folder), there is no one to coordinate with, and
    /// the claim is granted.
    public func claim(item: String, reviewer: String) -> Bool {
        withLock { () -> Bool in
            let file = url(for: item)
            if let existing = readClaim(at: file) {
                if existing.session == session {
                    held[item] = reviewer
                    return replace(file, with: claim(item, reviewer))
                }
                if existing.staleness(now: clock(), ttl: ttl, thisHost: host) == nil { return false }
                removeStale(file, existing)
            } else if FileManager.default.fileExists(atPath: file.path) {
                removeUnreadable(file, item: item)
            }
            guard create(file, with: claim(item, reviewer)) else { return false }
            held[item] = reviewer
            return true
        } ?? true
    }

    /// Gives the item back, if this registry holds it.
    public func release(item: String) {
        guard held.removeValue(forKey: item) != nil else { return }
        _ = withLock {
            let file = url(for: item)
            if readClaim(at: file)?.session == session { SystemCalls.remove(file.path) }
        }
    }

    /// Gives back everything this registry holds (on moving away from the queue, on exit).
    public func releaseAll() {
        for item in Array(held.keys) { release(item: item) }
    }

    /// Who else holds a live claim on the item, or nil when it is free or ours.
    public func isClaimedByOther(_ item: String) -> String? {
        guard let existing = readClaim(at: url(for: item)), existing.session != session,
              existing.staleness(now: clock(), ttl: ttl, thisHost: host) == nil
        else { return nil }
        return existing.reviewer
    }

    /// The items this registry holds.
    public var heldItems: Set<String> { Set(held.keys) }

    /// Re-stamps every claim this registry holds; call it well within `ttl` while they are held.
    /// A claim that another registry took over after it expired is dropped.
    public func refresh() {
        _ = withLock {
            for (item, reviewer) in held {
                let file = url(for: item)
                if readClaim(at: file)?.session == session {
                    _ = replace(file, with: claim(item, reviewer))
                } else {
                    held[item] = nil
                    notes.append("claim on \(item) lost: it expired and another reviewer took the item")
                }
            }
        }
    }

    /// Removes every stale claim in the folder (dead processes, expired), noting each; returns the new notes.
    @discardableResult
    public func removeStaleClaims() -> [String] {
        let before = notes.count
        _ = withLock {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
            for name in names where name.hasSuffix(Self.fileExtension) || name.hasPrefix(".tmp-") {
                let file = directory.appendingPathComponent(name)
                if name.hasPrefix(".tmp-") {
                    removeIfOld(file)  // left by a process killed between writing and linking
                } else if let existing = readClaim(at: file) {
                    if existing.session != session, existing.staleness(now: clock(), ttl: ttl, thisHost: host) != nil {
                        removeStale(file, existing)
                    }
                } else {
                    removeUnreadable(file, item: name)
                }
            }
        }
        return Array(notes[before...])
    }

    // MARK: - Files

    private static let fileExtension = ".claim"

    /// A file name for any item id: safe characters kept, others %-escaped; very long ids hashed.
    static func fileName(for item: String) -> String {
        var name = ""
        for byte in item.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "_"):
                name.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                name += String(format: "%%%02X", byte)
            }
        }
        if name.utf8.count > 200 { name = "sha256-" + SHA256.hex(of: Array(item.utf8)) }
        return name + fileExtension
    }

    private func url(for item: String) -> URL { directory.appendingPathComponent(Self.fileName(for: item)) }

    private func claim(_ item: String, _ reviewer: String) -> ItemClaim {
        ItemClaim(item: item, reviewer: reviewer, pid: SystemCalls.processID, host: host, time: clock(), session: session)
    }

    private func readClaim(at file: URL) -> ItemClaim? {
        guard let data = FileManager.default.contents(atPath: file.path) else { return nil }
        return ItemClaim(bytes: [UInt8](data))
    }

    /// Writes the claim to a private temporary file and links it to the claim's name: fails,
    /// leaving the existing file alone, if the name is taken.
    private func create(_ file: URL, with claim: ItemClaim) -> Bool {
        guard let temporary = writeTemporary(claim) else { return false }
        defer { SystemCalls.remove(temporary.path) }
        return SystemCalls.link(temporary.path, at: file.path)
    }

    private func replace(_ file: URL, with claim: ItemClaim) -> Bool {
        guard let temporary = writeTemporary(claim) else { return false }
        if SystemCalls.rename(temporary.path, to: file.path) { return true }
        SystemCalls.remove(temporary.path)
        return false
    }

    private func writeTemporary(_ claim: ItemClaim) -> URL? {
        temporaryCounter += 1
        let temporary = directory.appendingPathComponent(".tmp-\(session)-\(temporaryCounter)")
        let fd = SystemCalls.open(temporary.path, O_WRONLY | O_CREAT | O_EXCL)
        guard fd >= 0 else { return nil }
        defer { SystemCalls.close(fd) }
        let bytes = claim.bytes
        let written = bytes.withUnsafeBytes { SystemCalls.write(fd, from: $0.baseAddress, count: $0.count) }
        guard written == bytes.count else {
            SystemCalls.remove(temporary.path)
            return nil
        }
        return temporary
    }

    private func removeStale(_ file: URL, _ stale: ItemClaim) {
        SystemCalls.remove(file.path)
        let why = stale.staleness(now: clock(), ttl: ttl, thisHost: host) ?? "stale"
        notes.append("removed a stale claim on \(stale.item) by \(stale.reviewer) (\(why))")
    }

    private func removeIfOld(_ file: URL) {
        let modified = (try? FileManager.default.attributesOfItem(atPath: file.path)[.modificationDate]) as? Date
        if let modified, clock().timeIntervalSince(modified) > ttl { SystemCalls.remove(file.path) }
    }

    private func removeUnreadable(_ file: URL, item: String) {
        SystemCalls.remove(file.path)
        notes.append("removed an unreadable claim file \(file.lastPathComponent) (\(item))")
    }

    /// Runs `body` holding the folder's lock; nil when the folder cannot be made or locked
    /// (a read-only dataset: then there is nothing to coordinate through).
    private func withLock<T>(_ body: () -> T) -> T? {
        guard StateFile.prepare(directory) else { return nil }
        let fd = SystemCalls.open(directory.appendingPathComponent(".lock").path, O_RDWR | O_CREAT | O_NOFOLLOW)
        guard fd >= 0 else { return nil }
        defer { SystemCalls.close(fd) }
        while !SystemCalls.lock(fd, LOCK_EX) {
            if SystemCalls.lastError != EINTR { return nil }
        }
        defer { SystemCalls.lock(fd, LOCK_UN) }
        return body()
    }
}
