import Foundation
import WinnowCore
import WinnowImaging

/// Seed 002's training sessions, drawn: house fronts and what an instruction made of each (a
/// recolour, a style change, one whose house is destroyed, one that changed nothing), one house
/// submitted twice, and one session whose transformed image never arrived.
enum PairSampleWriter {
    struct Session {
        let stamp: String
        let instruction: String
        let email: String
        let original: HouseFront
        /// Nil: the transformed image is missing.
        let edited: Edit?
    }

    enum Edit {
        case house(HouseFront)
        case scribble(seed: UInt64)
        case unchanged
    }

    static var sessions: [Session] {
        let cottage = HouseFront()
        let brick = HouseFront(wall: PaintColor(168, 84, 60), roof: PaintColor(70, 70, 76), left: 24, wallWidth: 210, treeX: 290)
        let blue = HouseFront(wall: PaintColor(150, 168, 188), roof: PaintColor(54, 60, 72))
        let farmhouse = HouseFront(wall: PaintColor(246, 246, 242), roof: PaintColor(28, 28, 30), trim: PaintColor(30, 30, 30), windowWidth: 44,
                                   left: 24, wallWidth: 210, treeX: 290)
        let bungalow = HouseFront(wall: PaintColor(222, 200, 150), left: 130, wallWidth: 150, treeX: 50)
        var modern = bungalow
        (modern.wall, modern.roof, modern.trim, modern.windowWidth, modern.flatRoof) =
            (PaintColor(214, 214, 210), PaintColor(40, 40, 44), PaintColor(40, 40, 44), 44, true)
        let villa = HouseFront(wall: PaintColor(240, 232, 214), roof: PaintColor(190, 96, 50), left: 90, wallWidth: 190, treeX: 40)
        let small = HouseFront(roof: PaintColor(80, 110, 70), left: 110, wallWidth: 110, treeX: 36)
        var again = cottage
        again.light = 0.04  // the same house, photographed again in brighter light
        return [
            Session(stamp: "2025-01-15T10-30-45-123Z", instruction: "paint the walls blue-gray", email: "ana.lima@example.com",
                    original: cottage, edited: .house(blue)),
            Session(stamp: "2025-01-15T11-15-22-456Z", instruction: "make it modern farmhouse style", email: "bo@example.org",
                    original: brick, edited: .house(farmhouse)),
            Session(stamp: "2025-01-16T09-02-10-001Z", instruction: "contemporary style with a flat roof", email: "chen.w@example.net",
                    original: bungalow, edited: .house(modern)),
            Session(stamp: "2025-01-16T14-40-00-500Z", instruction: "add a garden", email: "dee@example.com",
                    original: HouseFront(wall: PaintColor(200, 190, 170), left: 40, wallWidth: 130, treeX: 250), edited: .scribble(seed: 1_002)),
            Session(stamp: "2025-01-17T08-12-33-250Z", instruction: "paint the walls blue-gray", email: "ana.lima@example.com",
                    original: again, edited: .house(blue)),
            Session(stamp: "2025-01-17T16-05-45-900Z", instruction: "make it modern farmhouse style", email: "eli@example.org",
                    original: small, edited: .unchanged),
            Session(stamp: "2025-01-18T12-00-00-000Z", instruction: "Mediterranean villa", email: "fay@example.com",
                    original: villa, edited: nil),
        ]
    }

    /// Writes the sessions and the training log into `folder`; returns the session count.
    static func write(to folder: URL) throws -> Int {
        var log = ""
        for session in sessions {
            let name = "session-\(session.stamp)"
            let dir = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            let original = try JPEGEncoder.encode(session.original.paint().image, quality: 88)
            let originalName = "original-\(session.stamp).jpg", editedName = "reimagined-\(session.stamp).jpg"
            try Data(original).write(to: dir.appendingPathComponent(originalName))
            var editedSize: Int?
            if let edit = session.edited {
                let edited = try JPEGEncoder.encode(image(edit, of: session.original), quality: 88)
                try Data(edited).write(to: dir.appendingPathComponent(editedName))
                editedSize = edited.count
            }
            let time = timestamp(session.stamp)
            let metadata: JSONValue = .object(JSONObject([
                ("timestamp", .string(time)), ("instruction", .string(session.instruction)), ("userEmail", .string(session.email)),
                ("originalFilename", .string(originalName)), ("reimaginedFilename", .string(editedName)),
                ("originalSize", JSONValue(original.count)), ("reimaginedSize", editedSize.map { JSONValue($0) } ?? .null),
                ("sessionId", .string(name)),
            ]))
            try Data((JSONWriter.string(metadata, pretty: true) + "\n").utf8).write(to: dir.appendingPathComponent("metadata-\(session.stamp).json"))
            log += JSONWriter.string(.object(JSONObject([("timestamp", .string(time)), ("instruction", .string(session.instruction)),
                                                         ("sessionId", .string(name))]))) + "\n"
        }
        try Data(log.utf8).write(to: folder.appendingPathComponent(PairDatasetReader.logName))
        return sessions.count
    }

    private static func image(_ edit: Edit, of original: HouseFront) -> RGBAImage {
        switch edit {
        case .house(let house): return house.paint().image
        case .unchanged: return original.paint().image
        case .scribble(let seed):
            var random = SeededRandom(seed: seed)
            var canvas = ScreenCanvas(width: HouseFront.width, height: HouseFront.height, background: PaintColor(120, 160, 90))
            for _ in 0..<60 {
                let color = PaintColor(UInt8(random.int(in: 0...255)), UInt8(random.int(in: 0...255)), UInt8(random.int(in: 0...255)))
                let radius = random.int(in: 6...40)
                canvas.circle(centerX: random.int(in: 0...319), centerY: random.int(in: 0...239), radius: radius, thickness: radius, color)
            }
            return canvas.image
        }
    }

    /// `2025-01-15T10-30-45-123Z` → `2025-01-15T10:30:45.123Z`, as the seed writes them.
    static func timestamp(_ stamp: String) -> String {
        let parts = stamp.split(separator: "T", maxSplits: 1)
        guard parts.count == 2 else { return stamp }
        let time = parts[1].split(separator: "-")
        guard time.count == 4 else { return stamp }
        return "\(parts[0])T\(time[0]):\(time[1]):\(time[2]).\(time[3])"
    }
}
