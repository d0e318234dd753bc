import Foundation
import WinnowTestSupport
import XCTest

@testable import WinnowCore

/// Every text file in ../shared/realdata/text read with exact counts, and the edge cases of
/// CSV, JSON Lines and CoNLL reported by file and line.
final class TextDatasetReaderTests: XCTestCase {
    private func read(_ relative: String, predictions: [String] = []) throws -> Dataset {
        let url = try RealData.url("text/" + relative)
        let sources = predictions.map { PredictionSource(argument: try! RealData.url("text/" + $0).path) }
        return try WorkspaceLoader.load(path: url.path, options: ReadOptions(predictions: sources.isEmpty ? nil : PredictionOptions(sources: sources))).datasets[0]
    }

    func testBanking77CSVWithCRLFQuotesAndCommas() throws {
        let dataset = try read("banking77_test.csv")
        XCTAssertEqual(dataset.format, .text)
        XCTAssertEqual(dataset.items.count, 3080)
        XCTAssertEqual(Set(dataset.items.flatMap { $0.labels.map(\.category) }).count, 77)
        XCTAssertEqual(dataset.issues, [])
        XCTAssertEqual(try dataset.items.element(0).textContent?.text, "How do I locate my card?")
        XCTAssertEqual(try dataset.items.element(1).textContent?.text, "I still have not received my new card, I ordered over a week ago.")
        XCTAssertEqual(try dataset.items.element(1).labels.map(\.category), ["card_arrival"])
        XCTAssertEqual(try dataset.items.element(1).path, "banking77_test.csv:3")
    }

    func testCLINC150SplitsArePairsAndKeepTheirSplit() throws {
        let dataset = try read("clinc150_data_small.json")
        XCTAssertEqual(dataset.items.count, 16_200)
        XCTAssertEqual(Set(dataset.items.flatMap { $0.labels.map(\.category) }).count, 151)
        let first = try XCTUnwrap(dataset.items.first { $0.id == "train-1" })
        XCTAssertEqual(first.textContent?.text, "can you walk me through setting up direct deposits to my bank of internet savings account")
        XCTAssertEqual(first.labels.map(\.category), ["direct_deposit"])
        XCTAssertEqual(first.metadata["split"], .string("train"))
        XCTAssertEqual(dataset.items.filter { $0.metadata["split"] == .string("oos_test") }.count, 1000)
    }

    func testAlpacaInstructionsArePromptsAndOutputsResponses() throws {
        let dataset = try read("alpaca_seed_tasks.jsonl")
        XCTAssertEqual(dataset.items.count, 175)
        XCTAssertEqual(dataset.issues, [])
        let first = try dataset.items.element(0)
        XCTAssertEqual(first.id, "seed_task_0")
        XCTAssertTrue(first.textContent?.prompt?.hasPrefix("Is there anything I can eat for a breakfast") == true)
        XCTAssertTrue(first.textContent?.response?.hasPrefix("Yes, you can have 1 oatmeal banana protein shake") == true)
        XCTAssertEqual(first.metadata["name"], .string("breakfast_suggestion"))
        XCTAssertNil(first.confidence, "nothing vouches for it: the low tier")
    }

    func testWNUT17SentencesAndEntitiesAsSeqevalReadsThem() throws {
        let dev = try read("wnut17/emerging.dev.conll")
        XCTAssertEqual([dev.items.count, dev.items.reduce(0) { $0 + $1.labels.count }], [1009, 836])
        let test = try read("wnut17/emerging.test.annotated", predictions: ["wnut17/submission_arcada", "wnut17/submission_spinningbytes"])
        XCTAssertEqual([test.items.count, test.items.reduce(0) { $0 + $1.labels.count }], [1287, 1079])
        XCTAssertEqual(test.issues, [])
        let predicted = { (model: String) in test.items.reduce(0) { $0 + ($1.textContent?.predictedSpans.filter { $0.model == model }.count ?? 0) } }
        // 790 B- tags in spinningbytes, and 34 entities that start with I- after O, as seqeval counts them.
        XCTAssertEqual([predicted("submission_arcada"), predicted("submission_spinningbytes")], [787, 824])
        let first = try test.items.element(0)
        XCTAssertEqual(first.labels.count, 1)
        let span = try XCTUnwrap(first.labels.element(0).span)
        XCTAssertEqual(span.text(in: first.textContent!.text!), "Sonmarg")
        XCTAssertEqual(try first.labels.element(0).category, "location")
    }

    func testBIOTagsFollowSeqeval() {
        let tags = ["B-a", "I-a", "O", "I-b", "I-b", "B-b", "B-b", "I-a", "I-c"]
        XCTAssertEqual(BIOTags.entities(tags).map { "\($0.label) \($0.first)-\($0.last)" }, ["a 0-1", "b 3-4", "b 5-5", "b 6-6", "a 7-7", "c 8-8"])
    }

    func testCSVEdgeCasesAndRaggedRows() throws {
        let records = CSVRecords("text,label\r\n\"a, \"\"quoted\"\"\nline\",x\r\nshort\r\n\r\nlast,y", separator: ",")
        XCTAssertEqual(records.records.map(\.fields), [["text", "label"], ["a, \"quoted\"\nline", "x"], ["short"], ["last", "y"]])
        XCTAssertEqual(records.records.map(\.line), [1, 2, 4, 6])
        XCTAssertEqual(CSVRecords("a,b\n\"open,x\nmore").unclosedQuoteLine, 2)
        let folder = try TemporaryFolder()
        try folder.write("t.csv", text: "text,label\nfine,x\nragged,x,extra\n\"never closed,y\n")
        let dataset = try WorkspaceLoader.load(path: folder.path("t.csv"), options: ReadOptions()).datasets.element(0)
        XCTAssertEqual(dataset.items.count, 1)
        XCTAssertEqual(dataset.issues.map(\.text), ["t.csv:4: a quote opened here is never closed; the rest of the file is one field",
                                                    "t.csv:3: 3 fields where the header has 2", "t.csv:4: 1 fields where the header has 2"])
    }

    func testAPreviewReadsTheWholeLinesWithinItsBytesAndSaysSo() throws {
        let folder = try TemporaryFolder()
        let lines = (1...5).map { #"{"id": "t\#($0)", "text": "example \#($0)", "expected_intent": "i"}"# + "\n" }
        try folder.write("big.jsonl", text: lines.joined())
        let cut = try lines.element(0).utf8.count + lines.element(1).utf8.count + 5  // ends inside the third line
        let preview = try WorkspaceLoader.load(path: folder.path("big.jsonl"), options: ReadOptions(previewBytes: cut))
        XCTAssertEqual(preview.items.map(\.id), ["t1", "t2"])
        XCTAssertTrue(preview.isPreview)
        XCTAssertEqual(try preview.datasets.element(0).issues, [], "the cut line is not reported as broken")
        let whole = try WorkspaceLoader.load(path: folder.path("big.jsonl"), options: ReadOptions(previewBytes: 10_000))
        XCTAssertEqual(whole.items.count, 5)
        XCTAssertFalse(whole.isPreview, "a file within the preview is read whole")
        try folder.write("big.csv", text: "text,label\n" + (1...50).map { "row \($0),x\n" }.joined())
        XCTAssertEqual(try WorkspaceLoader.load(path: folder.path("big.csv"), options: ReadOptions(previewBytes: 40)).items.count, 50,
                       "only JSON Lines are cut")
    }

    func testSeed001And003LinesWithBadOnesReported() throws {
        let folder = try TemporaryFolder()
        try folder.write("mixed.jsonl", text: """
            {"id": "p1", "prompt": "What is 2+2?", "response": "4", "quality": {"auto_score": 0.62, "user_feedback": "positive"}, "tags": ["math"]}
            {"id": "p2", "prompt": " ", "response": "empty prompt", "quality": {"verified_accurate": true}}
            {"text": "Book a table in Paris", "expected_intent": "booking", "expected_sentiment": "neutral", "confidence": 0.8,
            {"text": "Book a table in Paris", "expected_intent": "booking", "expected_entities": [["Paris", "city", 16, 21], ["table", "thing", 7, 11], ["x", "y", 30, 40]], "confidence": 0.8}
            {"original_prompt": "Capital of France?", "original_response": "Lyon", "corrected_response": "Paris", "correction_reason": "wrong"}
            \u{FF}not json
            """)
        let dataset = try WorkspaceLoader.load(path: folder.path("mixed.jsonl"), options: ReadOptions()).datasets.element(0)
        XCTAssertEqual(dataset.items.map(\.id), ["p1", "p2", "4", "5"])
        XCTAssertEqual(dataset.items.map(\.confidence), [0.62, 1, 0.8, 1])
        XCTAssertEqual(try dataset.items.element(0).metadata["tags"], .array(["math"]))
        let seed001 = try dataset.items.element(2)
        XCTAssertEqual(seed001.labels.map(\.category), ["booking", "city", "thing", "y"])
        XCTAssertEqual(try seed001.labels.element(1).span, TextSpan(start: 16, end: 21))
        XCTAssertEqual(seed001.readIssues.map(\.code), ["span.out-of-text"])
        XCTAssertEqual(try dataset.items.element(3).textContent?.response, "Paris")
        XCTAssertEqual(dataset.issues.map(\.code), ["text.empty-prompt", "text.bad-record", "span.text-mismatch", "text.bad-record"])
        XCTAssertEqual(dataset.issues.map(\.location), ["mixed.jsonl:2", "mixed.jsonl:3", "mixed.jsonl:4", "mixed.jsonl:6"])
    }

    /// A big file is read by all cores in shares; the result is as if read line by line: items in
    /// order, an id repeated across shares renamed, problems in line order after the replaced bytes.
    func testAFileReadInSharesKeepsItsOrderAndItsIdsUnique() throws {
        let folder = try TemporaryFolder()
        var bytes: [UInt8] = []
        for n in 1...3000 {
            let id = n == 2900 ? "ex7" : "ex\(n)"
            switch n {
            case 1500: bytes += Array("{\"id\": broken\n".utf8)
            case 2500: bytes += Array(#"{"id": "ex2500", "text": "caf"#.utf8) + [0xE9] + Array(#"", "label": "x"}"#.utf8) + [0x0A]
            default: bytes += Array(#"{"id": "\#(id)", "text": "text \#(n)", "label": "l\#(n % 3)", "confidence": 0.5}"#.utf8) + [0x0A]
            }
        }
        try folder.write("big.jsonl", bytes: bytes)
        let dataset = try WorkspaceLoader.load(path: folder.path("big.jsonl"), options: ReadOptions()).datasets.element(0)
        XCTAssertEqual(dataset.items.count, 2999)
        XCTAssertEqual(try dataset.items.element(1498).id, "ex1499")
        XCTAssertEqual(try dataset.items.element(1499).id, "ex1501")
        XCTAssertEqual(try dataset.items.element(2498).textContent?.text, "caf\u{FFFD}")
        XCTAssertEqual(try dataset.items.element(2898).id, "ex7#2")
        XCTAssertEqual(try dataset.items.element(2898).localID, "ex7#2")
        XCTAssertEqual(try dataset.items.element(2998).labels.element(0).category, "l0")
        XCTAssertEqual(Set(dataset.items.map(\.id)).count, 2999)
        XCTAssertEqual(dataset.issues.map(\.code), ["text.not-utf8", "text.bad-record", "text.duplicate-id"])
        XCTAssertEqual(dataset.issues.map(\.location), ["big.jsonl", "big.jsonl:1500", "big.jsonl:2900"])
    }
}

/// Bytes that are not UTF-8 and a 10 MB response: reported or read, never a crash.
final class TextBadInputTests: XCTestCase {
    func testInvalidBytesAndAHugeResponse() throws {
        let folder = try TemporaryFolder()
        var bytes = Array(#"{"id": "a", "prompt": "caf"#.utf8) + [0xE9] + Array(#"?", "response": "fine enough text here"}"#.utf8) + [0x0A]
        bytes += Array(#"{"id": "big", "prompt": "Write a lot", "response": ""#.utf8) + [UInt8](repeating: 0x61, count: 10_000_000) + Array("\"}\n".utf8)
        try folder.write("odd.jsonl", bytes: bytes)
        let dataset = try WorkspaceLoader.load(path: folder.path("odd.jsonl"), options: ReadOptions()).datasets.element(0)
        XCTAssertEqual(dataset.items.map(\.id), ["a", "big"])
        XCTAssertEqual(try dataset.items.element(0).textContent?.prompt, "caf\u{FFFD}?")
        XCTAssertEqual(try dataset.items.element(1).textContent?.response?.count, 10_000_000)
        XCTAssertEqual(dataset.issues.map(\.code), ["text.not-utf8"])
    }
}
