import Foundation
import WinnowCore

/// Events saved on this machine while the journal database could not be reached
/// (`spool.jsonl` in the dataset's state folder): one line per event, `ID LINE`, the line as the
/// journal would hold it with a provisional number, appended and fsynced as the file journal is.
/// The id makes sending them exactly-once: a send interrupted after its commit is not repeated.
struct JournalSpool {
    static let fileName = "spool.jsonl"
    let url: URL

    init(stateDirectory: URL) {
        url = stateDirectory.appendingPathComponent(Self.fileName)
    }

    /// Appends the events, each with a new id; false when they could not be written and synced.
    func append(_ events: [JournalEvent]) -> Bool {
        let text = events.map { "\(UUID().uuidString) \($0.line())\n" }.joined()
        return StateFile.append(Array(text.utf8), to: url)
    }

    /// The spooled events in order, with their ids (lines that do not read are left out).
    func entries() -> [(id: String, event: JournalEvent)] {
        guard let data = FileManager.default.contents(atPath: url.path), !SystemCalls.isSymbolicLink(url.path) else { return [] }
        return Array(data).split(separator: 0x0A).compactMap { line in
            guard let space = line.firstIndex(of: 0x20), case .success(let event) = JournalEvent.parse(line: line[(space + 1)...]) else { return nil }
            return (String(decoding: line[..<space], as: UTF8.self), event)
        }
    }

    func remove() { SystemCalls.remove(url.path) }
}
