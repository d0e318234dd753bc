import Foundation
import WinnowApp

/// N seed 001 examples as JSONL (about 500 bytes each, a tenth of them near-duplicates of the one
/// before with another intent): the text bench's file.
enum TextBenchFile {
    static func write(count: Int, to file: URL) throws(CLIError) -> (file: URL, bytes: Int) {
        let intents = (0..<40).map { "intent_\($0)" }
        // 2,000 made-up words, so unrelated texts share few character 3-grams, as real ones do.
        let syllables = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "pa", "qu", "bri", "dan", "fel", "gor", "hin"]
        let words = (0..<2000).map { (n: Int) -> String in [syllables[n % 16], syllables[(n / 16) % 16], syllables[(n / 256) % 16]].joined() }
        var random = SystemRandomNumberGenerator()
        var out = ""
        out.reserveCapacity(count * 520)
        var previous = ""
        for n in 0..<count {
            var text = (0..<Int.random(in: 12...30, using: &random)).map { _ in words.randomElement(using: &random)! }.joined(separator: " ")
            if n % 10 == 9 { text = previous + " again" }  // a near duplicate of the one before
            previous = text
            let intent = intents[n % 10 == 9 ? (n + 1) % 40 : n % 40]
            out += #"{"id": "ex\#(n)", "text": "\#(text)", "expected_intent": "\#(intent)", "expected_sentiment": "neutral", "confidence": 0.\#(Int.random(in: 40...99, using: &random)), "source": "bench", "metadata": {"session_id": "s\#(n / 5)", "note": "padding padding padding padding padding padding padding padding padding padding padding padding"}}"# + "\n"
        }
        do {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(out.utf8).write(to: file)
        } catch {
            throw .unreadable("cannot write \(file.path): \(error)")
        }
        return (file, out.utf8.count)
    }
}
