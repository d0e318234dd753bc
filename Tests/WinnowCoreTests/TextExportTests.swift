import Foundation
import WinnowTestSupport
import XCTest

@testable import WinnowCore

/// Which text examples an export keeps and how it writes them, from the bytes.
final class TextExportTests: XCTestCase {
    private func snapshot(_ text: String, file: String = "t.jsonl", verdicts: [(String, Verdict)] = [], corrections: [(String, String)] = []) throws -> ReviewSnapshot {
        let folder = try TemporaryFolder()
        try folder.write(file, text: text)
        let workspace = try WorkspaceLoader.load(path: folder.path(file), options: ReadOptions())
        var events = verdicts.map { JournalAction.verdict(item: $0.0, verdict: $0.1, note: nil, reason: nil) }
        events += corrections.map { JournalAction.correction(item: $0.0, field: "response", text: $0.1, reason: nil) }
        let journal = events.enumerated().map { JournalEvent(seq: $0.offset + 1, time: "2026-12-05T10:00:00.000Z", reviewer: "ana", action: $0.element) }
        return ReviewSnapshot(workspace: workspace, ledgers: [CurationLedger(replaying: journal)])
    }

    private func pair(_ id: String, _ prompt: String, _ response: String, relevance: String = "high", include: Bool = true) -> String {
        #"{"id": "\#(id)", "prompt": "\#(prompt)", "response": "\#(response)", "quality": {"domain_relevance": "\#(relevance)"}, "include_in_training": \#(include)}"#
    }

    func testPairsAreChosenAsSeed003ExportsThemWithCorrectionsWinning() throws {
        let s = try snapshot([
            pair("a", "What is the capital of Australia?", "The capital of Australia is Sydney."),
            pair("b", "What is the capital of australia?  ", "It is Canberra, the capital since 1913."),
            pair("c", "Short?", "A response long enough to pass."),
            pair("d", "A prompt long enough?", "too short"),
            pair("e", "Is this relevant at all?", "Not very relevant to the project, really.", relevance: "low"),
            pair("f", "Should this be used for training?", "The collector said no to this one.", include: false),
            pair("g", "Was this answer judged bad by a reviewer?", "Yes, and it is left out of the export."),
        ].joined(separator: "\n"), verdicts: [("g", .bad)], corrections: [("b", "Canberra has been the capital since 1913.")])
        let export = TextExport(s, items: Array(s.items.indices), options: TextExportOptions(format: .jsonl))
        XCTAssertEqual(export.records.map(\.id), ["b"], "b is corrected, so it wins the shared prompt over a")
        XCTAssertEqual(export.records.first?.response, "Canberra has been the capital since 1913.")
        var loose = TextExportOptions(format: .jsonl)
        loose.minimumRelevance = "low"
        loose.minimumPromptLength = 0
        loose.minimumResponseLength = 0
        XCTAssertEqual(TextExport(s, items: Array(s.items.indices), options: loose).records.map(\.id), ["b", "c", "d", "e"])
        guard case .bytes(let bytes)? = export.files.first?.content else { return XCTFail("no file") }
        XCTAssertEqual(String(decoding: bytes, as: UTF8.self), #"{"prompt":"What is the capital of australia?  ","response":"Canberra has been the capital since 1913."}"# + "\n")
        XCTAssertEqual(export.readBack(options: TextExportOptions(format: .jsonl)), [])
    }

    func testSplitsAreStratifiedByLabelAndEveryFormatReadsBack() throws {
        let lines = (0..<100).map { #"{"id": "t\#($0)", "text": "example number \#($0) of \#($0 % 4 == 0 ? "rare" : "common")", "expected_intent": "\#($0 % 4 == 0 ? "rare" : "common")"}"# }
        let s = try snapshot(lines.joined(separator: "\n"))
        for format in TextExportFormat.allCases {
            var options = TextExportOptions(format: format)
            options.split = try SplitRatios(parsing: "0.8,0.1,0.1")
            options.seed = 7
            let export = TextExport(s, items: Array(s.items.indices), options: options)
            XCTAssertEqual(export.readBack(options: options), [], "\(format)")
            let rare = export.records.filter { $0.label == "rare" }
            XCTAssertEqual(Dictionary(grouping: rare, by: \.split).mapValues(\.count), ["train": 20, "val": 2, "test": 3], "\(format)")
            let common = export.records.filter { $0.label == "common" }
            XCTAssertEqual(Dictionary(grouping: common, by: \.split).mapValues(\.count), ["train": 60, "val": 7, "test": 8], "\(format)")
        }
    }

    func testSpacyAndCoNLLCarryTheSpans() throws {
        let s = try snapshot(#"{"id": "x", "text": "Fly to New York on Monday", "expected_intent": "travel", "expected_entities": [["New York", "city", 7, 15], ["Monday", "date", 19, 25]]}"# + "\n")
        let spacy = TextExport(s, items: [0], options: TextExportOptions(format: .spacy))
        guard case .bytes(let bytes)? = spacy.files.first?.content else { return XCTFail("no file") }
        XCTAssertEqual(String(decoding: bytes, as: UTF8.self),
                       #"[["Fly to New York on Monday",{"cats":{"travel":1},"entities":[[7,15,"city"],[19,25,"date"]]}]]"# + "\n")
        let conll = TextExport(s, items: [0], options: TextExportOptions(format: .conll))
        guard case .bytes(let tags)? = conll.files.first?.content else { return XCTFail("no file") }
        XCTAssertEqual(String(decoding: tags, as: UTF8.self), "Fly\tO\nto\tO\nNew\tB-city\nYork\tI-city\non\tO\nMonday\tB-date\n")
    }
}
