import Foundation

/// One claim file in `.winnow/claims/`: who holds the item, from which process on which host,
/// and when the claim was made or last refreshed.
public struct ItemClaim: Equatable, Sendable {
    public var item: String
    public var reviewer: String
    public var pid: Int32
    public var host: String
    public var time: Date
    /// Tells registries apart, even two in one process.
    public var session: String

    public init(item: String, reviewer: String, pid: Int32, host: String, time: Date, session: String) {
        self.item = item
        self.reviewer = reviewer
        self.pid = pid
        self.host = host
        self.time = time
        self.session = session
    }

    public var bytes: [UInt8] {
        let object = JSONObject([
            ("item", JSONValue(item)), ("reviewer", JSONValue(reviewer)), ("pid", JSONValue(Int(pid))),
            ("host", JSONValue(host)), ("time", JSONValue(CurationSession.timestamp(time))), ("session", JSONValue(session)),
        ])
        return Array((JSONValue.object(object).jsonText + "\n").utf8)
    }

    /// nil for a file that is not a claim (hand-edited, or from another tool).
    public init?(bytes: [UInt8]) {
        guard let object = (try? JSONParser.parse(bytes))?.objectValue,
              let item = object["item"]?.stringValue, let reviewer = object["reviewer"]?.stringValue,
              let pid = object["pid"]?.intValue, let host = object["host"]?.stringValue,
              let time = object["time"]?.stringValue.flatMap(Self.date), let session = object["session"]?.stringValue
        else { return nil }
        self.init(item: item, reviewer: reviewer, pid: Int32(truncatingIfNeeded: pid), host: host, time: time, session: session)
    }

    /// Why the claim no longer holds, or nil while it does: it expired (not refreshed within
    /// `ttl`), or its process is gone (only knowable on the same host).
    public func staleness(now: Date, ttl: TimeInterval, thisHost: String) -> String? {
        if host == thisHost, !SystemCalls.processIsRunning(pid) {
            return "pid \(pid) on \(host) is no longer running"
        }
        let age = now.timeIntervalSince(time)
        if age > ttl { return "not refreshed for \(Int(age)) s (claims expire after \(Int(ttl)) s)" }
        return nil
    }


    private static func date(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: text)
    }
}
