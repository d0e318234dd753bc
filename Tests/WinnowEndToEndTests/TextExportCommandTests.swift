import Foundation
import WinnowCore
import WinnowTestSupport
import XCTest

/// Text exports through the real binary, read by the tools training code uses: Hugging Face
/// `datasets` and spaCy's offset alignment (WINNOW_CHECK_PYTHON), and by Winnow's own readers.
final class TextExportCommandTests: XCTestCase {
    private func export(_ copy: SampleCopy, _ arguments: [String]) throws -> WinnowProcess.Result {
        try WinnowProcess.run(["export", copy.dataset.path] + arguments)
    }

    private func check(_ kind: String, _ folder: URL) throws -> JSONValue {
        guard let python = ProcessInfo.processInfo.environment["WINNOW_CHECK_PYTHON"] else {
            throw XCTSkip("set WINNOW_CHECK_PYTHON to a Python with datasets and spacy (.ci/run does)")
        }
        let script = WinnowProcess.packageRoot.appendingPathComponent(".ci/text_export_check.py").path
        let result = try WinnowProcess.run([script, kind, folder.path], executable: URL(fileURLWithPath: python))
        XCTAssertEqual(result.status, 0, result.stderr)
        return try JSONParser.parse(result.stdout.split(separator: "\n").last.map(String.init) ?? "")
    }

    func testTheCorrectedPairsExportForFineTuningAsChat() throws {
        let copy = try SampleCopy("text")
        let out = copy.root.appendingPathComponent("chat")
        let result = try export(copy, ["--format", "jsonl", "--chat", "--out", out.path, "--filter", "file:c*"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let lines = try String(contentsOf: out.appendingPathComponent("examples.jsonl"), encoding: .utf8).split(separator: "\n")
        // train_001, 003, 004 and 006 pass; 002 is not for training and 005 is of low relevance; the correction's
        // prompt repeats 002's, and corrected examples come first.
        XCTAssertEqual(lines.count, 5, lines.joined(separator: "\n"))
        XCTAssertEqual(try JSONParser.parse(String(lines.element(0)))["messages"]?.arrayValue?.element(1)["content"], .string("The capital of Australia is Canberra."))
        let provenance = try JSONParser.parse([UInt8](Data(contentsOf: out.appendingPathComponent("winnow-export.json"))))
        XCTAssertEqual(provenance["examples"]?.intValue, 5)
        XCTAssertEqual(try export(copy, ["--format", "jsonl", "--out", out.path]).status, 2, "an existing export is not replaced without --force")
    }

    func testHuggingFaceDatasetsReadsTheSplits() throws {
        let copy = try SampleCopy("text")
        let out = copy.root.appendingPathComponent("hf")
        XCTAssertEqual(try export(copy, ["--format", "hf", "--out", out.path]).status, 1, "pairs and labelled texts are refused together")
        let result = try export(copy, ["--format", "hf", "--out", out.path, "--split", "0.8,0.2", "--filter", "file:intents*"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let read = try check("hf", out)
        XCTAssertEqual(read["columns"], ["entities", "label", "text"])
        XCTAssertEqual(read["splits"], read["info_splits"])
        XCTAssertEqual(read["splits"]?.objectValue?.pairs.reduce(0) { $0 + ($1.value.intValue ?? 0) }, 10)
    }

    func testSpacyAlignsEveryEntityAndCoNLLReadsBackInWinnow() throws {
        let copy = try SampleCopy("text")
        let spacy = copy.root.appendingPathComponent("spacy")
        let result = try export(copy, ["--format", "spacy", "--out", spacy.path, "--filter", "-file:chat* -file:corrections*"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let read = try check("spacy", spacy)
        XCTAssertEqual(read["examples"]?.intValue, 14)
        XCTAssertEqual(read["entities"]?.intValue, 11)
        XCTAssertEqual(read["misaligned_tokens"]?.intValue, 0)
        let conll = copy.root.appendingPathComponent("conll")
        XCTAssertEqual(try export(copy, ["--format", "conll", "--out", conll.path, "--filter", "file:entities*"]).status, 0)
        let back = try WorkspaceLoader.load(path: conll.appendingPathComponent("train.conll").path, options: ReadOptions())
        XCTAssertEqual(back.items.count, 4)
        XCTAssertEqual(back.items.reduce(0) { $0 + $1.labels.count }, 8, "the spans survive the round trip")
    }
}
