import WinnowApp
import Foundation
import WinnowCore
import WinnowImaging

extension BenchDataset {
    /// Seed 002's layout with 1920x1080 JPEGs: each session's original is a painted screen, its
    /// transformed image another, so both thumbnails of every pair are decoded as a reviewer's are.
    static func writePairs(count: Int, into folder: URL) throws(CLIError) -> BenchDataset {
        let root = folder.appendingPathComponent("pairs")
        var images: [URL] = []
        var log = ""
        do {
            for index in 0..<count {
                let stamp = String(format: "2025-01-01T00-00-%02d-%03dZ", index / 1000 % 60, index % 1000)
                let session = root.appendingPathComponent("session-\(stamp)")
                try FileManager.default.createDirectory(at: session, withIntermediateDirectories: true)
                let original = session.appendingPathComponent("original-\(stamp).jpg"), edited = session.appendingPathComponent("reimagined-\(stamp).jpg")
                try Data(try JPEGEncoder.encode(screen(seed: UInt64(index + 1)), quality: 85)).write(to: original)
                try Data(try JPEGEncoder.encode(screen(seed: UInt64(index + 10_001)), quality: 85)).write(to: edited)
                images += [original, edited]
                let metadata = #"{"timestamp":"2025-01-01T00:00:00.000Z","instruction":"restyle number \#(index)","userEmail":"bench@example.com","sessionId":"session-\#(stamp)"}"#
                try Data(metadata.utf8).write(to: session.appendingPathComponent("metadata-\(stamp).json"))
                log += #"{"sessionId":"session-\#(stamp)","instruction":"restyle number \#(index)"}"# + "\n"
            }
            try Data(log.utf8).write(to: root.appendingPathComponent(PairDatasetReader.logName))
        } catch {
            throw .unreadable("cannot write the bench pairs: \(error)")
        }
        return BenchDataset(root: root, state: folder.appendingPathComponent("state"), images: images)
    }
}
