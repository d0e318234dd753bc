import Foundation
import WinnowCore
import WinnowTestSupport
import XCTest

/// Reviewing against the simulated detector through the real binary: a prediction adopted,
/// undone after a restart, adopted again and exported; predictions toggled in tmux.
final class PredictionReviewTests: XCTestCase {
    private let item = "ad0b71402e9cc582"

    private func predictions(_ copy: SampleCopy) -> [String] {
        ["--predictions", copy.dataset.appendingPathComponent("predictions/detector.json").path]
    }

    private func headless(_ copy: SampleCopy, _ keys: String) throws {
        let result = try WinnowProcess.run(["review", copy.dataset.path, "--headless", "--keys-string", keys, "--size", "140x40",
                                            "--queue", "missed"] + predictions(copy))
        XCTAssertEqual(result.status, 0, result.stderr)
    }

    private func shown(_ copy: SampleCopy) throws -> JSONValue {
        try JSONParser.parse(try WinnowProcess.run(["show", copy.dataset.path, item, "--json"] + predictions(copy)).stdout)
    }

    func testAdoptUndoAdoptAndExport() throws {
        let copy = try SampleCopy()
        try headless(copy, "y")
        var labels = try XCTUnwrap(try shown(copy)["labels"]?.arrayValue)
        let adopted = try XCTUnwrap(labels.first { $0["id"]?.stringValue == "p1" })
        XCTAssertEqual(adopted["bbox"]?.arrayValue?.compactMap(\.doubleValue), [1100, 700, 120, 40])
        XCTAssertEqual(adopted["category"]?.stringValue, "submit_button")
        XCTAssertEqual(adopted["source"]?.stringValue, "model:detector")
        let after = try shown(copy)
        XCTAssertFalse((after["model_comparison"]?.arrayValue ?? []).contains { $0["kind"]?.stringValue == "fp" }, "settled")
        XCTAssertEqual(after["history"]?.arrayValue?.last?["type"]?.stringValue, "box.adopt")

        try headless(copy, "u")
        labels = try XCTUnwrap(try shown(copy)["labels"]?.arrayValue)
        XCTAssertFalse(labels.contains { $0["id"]?.stringValue == "p1" }, "undone after a restart")
        let history = try XCTUnwrap(try shown(copy)["history"]?.arrayValue)
        XCTAssertEqual(history.first { $0["type"]?.stringValue == "box.adopt" }?["active"]?.boolValue, false)
        XCTAssertEqual(history.last?["type"]?.stringValue, "undo")

        try headless(copy, "y a")
        let out = copy.root.appendingPathComponent("coco")
        let export = try WinnowProcess.run(["export", copy.dataset.path, "--format", "coco", "--out", out.path] + predictions(copy))
        XCTAssertEqual(export.status, 0, export.stderr)
        let coco = try JSONParser.parse([UInt8](try Data(contentsOf: out.appendingPathComponent("annotations.json"))))
        let names = try XCTUnwrap(coco["categories"]?.arrayValue).compactMap { $0["name"]?.stringValue }
        let boxes = try XCTUnwrap(coco["annotations"]?.arrayValue).map { ($0["category_id"]?.intValue ?? 0, $0["bbox"]?.arrayValue?.compactMap(\.doubleValue) ?? []) }
        XCTAssertTrue(boxes.contains { names[$0.0 - 1] == "submit_button" && $0.1 == [1100, 700, 120, 40] }, "the adopted box is exported: \(boxes)")
    }

    func testRejectAnUnsupportedLabelAndRelabelAClassSwap() throws {
        let copy = try SampleCopy()
        // ] to the class swap, c takes the predicted class; then ] to the first label no prediction found, d rejects it.
        try headless(copy, "] c")
        let relabelled = try XCTUnwrap(try shown(copy)["labels"]?.arrayValue?.first { $0["id"]?.stringValue == "6" })
        XCTAssertEqual(relabelled["category"]?.stringValue, "submit_button")
        XCTAssertEqual(relabelled["bbox"]?.arrayValue?.compactMap(\.doubleValue), [479, 469, 321, 43], "the box stays")
        let missing = try XCTUnwrap(try shown(copy)["model_comparison"]?.arrayValue?.first { $0["kind"]?.stringValue == "fn" })
        let unfound = try XCTUnwrap(missing["label"]?.stringValue)
        try headless(copy, "] d")
        let rejected = try XCTUnwrap(try shown(copy)["labels"]?.arrayValue?.first { $0["id"]?.stringValue == unfound })
        XCTAssertEqual(rejected["rejected"]?.boolValue, true)
    }

    func testAdoptAllTakesWhatScoresTheConfiguredScoreOrMore() throws {
        let copy = try SampleCopy()
        try FileManager.default.createDirectory(at: copy.dataset.appendingPathComponent(".winnow"), withIntermediateDirectories: true)
        try Data("adopt_score = 0.8\n".utf8).write(to: copy.dataset.appendingPathComponent(".winnow/config"))
        try headless(copy, "Y")
        let adopt = try XCTUnwrap(try shown(copy)["history"]?.arrayValue?.last)
        XCTAssertEqual(adopt["type"]?.stringValue, "box.adopt")
        XCTAssertEqual(adopt["boxes"]?.arrayValue?.compactMap { $0["score"]?.doubleValue }, [0.81], "the .73 class swap stays")
    }

    func testSummaryListAndFiltersSeeTheModel() throws {
        let copy = try SampleCopy()
        let summary = try JSONParser.parse(try WinnowProcess.run(["summary", copy.dataset.path, "--json"] + predictions(copy)).stdout)
        XCTAssertEqual(summary["predictions"]?["boxes"]?.intValue, 113)
        XCTAssertEqual(summary["predictions"]?["by_tier"]?["low"]?["class"]?.intValue, 3)
        XCTAssertEqual(summary["tiers"]?["low"]?.intValue, 11, "label quality is the confidence: every screen has a disagreement")
        let listed = try WinnowProcess.run(["list", copy.dataset.path, "--queue", "wrong-class", "--filter", "pred:class score>0.7"] + predictions(copy))
        XCTAssertEqual(listed.status, 0, listed.stderr)
        XCTAssertEqual(listed.stdout.split(separator: "\n").count, 3, listed.stdout)
        let unknown = try WinnowProcess.run(["list", copy.dataset.path] + predictions(copy) + ["--predictions", copy.dataset.path + "/predictions/detector.json"])
        XCTAssertEqual(unknown.status, 2, "two sets with one name: \(unknown.stderr)")
        XCTAssertTrue(unknown.stderr.contains("name them: --predictions NAME=PATH"), unknown.stderr)
    }

    func testTogglingPredictionsInTmux() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") else { throw XCTSkip("tmux is not installed (.ci/run installs it)") }
        let copy = try SampleCopy()
        let tmux = try TmuxSession(command: [WinnowProcess.binary.path, copy.dataset.path, "--queue", "missed"] + predictions(copy),
                                   workdir: copy.root, width: 140, height: 40)
        let imageArea = { (screen: String) in screen.split(separator: "\n").map { String($0.prefix(103).dropFirst(29)) }.joined(separator: "\n") }
        try tmux.waitFor("the prediction's score on the image") { imageArea($0).contains(".81") && $0.contains("Model 4") }
        try tmux.send("p")
        try tmux.waitFor("predictions hidden") { $0.contains("predictions hidden") && !imageArea($0).contains(".81") }
        try tmux.send("p")
        try tmux.waitFor("shown again") { $0.contains("predictions shown") && imageArea($0).contains(".81") }
        try tmux.send("q")
        XCTAssertEqual(tmux.exitStatus(), 0)
    }
}

/// A text example reviewed in the real terminal: shown, judged, journaled.
final class TextReviewTmuxTests: XCTestCase {
    func testReviewingATextExampleInTmux() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") else { throw XCTSkip("tmux is not installed (.ci/run installs it)") }
        let copy = try SampleCopy("text")
        let tmux = try TmuxSession(command: [WinnowProcess.binary.path, copy.dataset.appendingPathComponent("chat.jsonl").path, "--queue", "all",
                                             "--reviewer", "tess"], workdir: copy.root, width: 120, height: 36)
        try tmux.waitFor("the first prompt and response") { $0.contains("How do I reset my password?") && $0.contains("Response") }
        try tmux.send("j")
        try tmux.waitFor("the second example") { $0.contains("The capital of Australia is Sydney.") }
        try tmux.send("x")
        try tmux.waitFor("the verdict saved") { $0.contains("saved: bad") }
        try tmux.send("q")
        XCTAssertEqual(tmux.exitStatus(), 0)
        let journal = try String(contentsOf: copy.dataset.appendingPathComponent(".winnow/chat.jsonl/journal.jsonl"), encoding: .utf8)
        XCTAssertTrue(journal.contains(#""item":"train_002""#) && journal.contains(#""verdict":"bad""#) && journal.contains(#""reviewer":"tess""#), journal)
    }
}

/// Corrections in the user's editor: scripted with `EDITOR`, as git's tests do.
final class TextCorrectionTests: XCTestCase {
    private func review(_ copy: SampleCopy, _ keys: String, editor: String) throws -> String {
        let result = try WinnowProcess.run(["review", copy.dataset.appendingPathComponent("chat.jsonl").path, "--headless", "--keys-string", keys,
                                            "--size", "120x30", "--queue", "all"], environment: ["EDITOR": editor, "VISUAL": ""])
        XCTAssertEqual(result.status, 0, result.stderr)
        return result.stdout.split(separator: "\n").last.map(String.init) ?? ""
    }

    private func shown(_ copy: SampleCopy) throws -> JSONValue {
        try JSONParser.parse(try WinnowProcess.run(["show", copy.dataset.appendingPathComponent("chat.jsonl").path, "train_002", "--json"]).stdout)
    }

    func testACorrectionWithAReasonIsJournaledShownAndUndoneAcrossRestarts() throws {
        let copy = try SampleCopy("text")
        let status = try review(copy, "j E f a c t u a l <Enter>", editor: "sed -i s/Sydney/Canberra/")
        XCTAssertTrue(status.contains("response corrected (factual)"), status)
        var item = try shown(copy)
        XCTAssertEqual(item["response"]?.stringValue, "The capital of Australia is Canberra.")
        XCTAssertEqual(item["original"]?.stringValue, "The capital of Australia is Sydney.")
        XCTAssertEqual(item["confidence"]?.doubleValue, 1, "a corrected example counts as verified")
        let event = try XCTUnwrap(item["history"]?.arrayValue?.last)
        XCTAssertEqual(event["type"]?.stringValue, "correction")
        XCTAssertEqual(event["reason"]?.stringValue, "factual")
        let source = try String(contentsOf: copy.dataset.appendingPathComponent("chat.jsonl"), encoding: .utf8)
        XCTAssertTrue(source.contains("The capital of Australia is Sydney."), "the source is never written")

        _ = try review(copy, "u", editor: "true")
        item = try shown(copy)
        XCTAssertEqual(item["response"]?.stringValue, "The capital of Australia is Sydney.", "undone after a restart")
        XCTAssertNil(item["original"])
    }

    func testEnterSkipsTheReasonAndAFailedOrUnchangedEditSavesNothing() throws {
        let copy = try SampleCopy("text")
        XCTAssertTrue(try review(copy, "j E", editor: "true").contains("no change: nothing saved"))
        XCTAssertTrue(try review(copy, "j E", editor: "false").contains("exited with status 1; nothing saved"))
        XCTAssertNil(try shown(copy)["history"]?.arrayValue?.first)
        XCTAssertTrue(try review(copy, "j E <Enter>", editor: "sed -i s/Sydney/Canberra/").contains("response corrected ·"))
        XCTAssertNil(try shown(copy)["history"]?.arrayValue?.last?["reason"])
    }

    func testCorrectingInTmuxGivesTheTerminalToTheEditorAndTakesItBack() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") else { throw XCTSkip("tmux is not installed (.ci/run installs it)") }
        let copy = try SampleCopy("text")
        let script = copy.root.appendingPathComponent("editor.sh")
        // An editor that shows itself on the terminal, waits for a key, then edits.
        try Data("#!/bin/sh\necho 'EDITOR RUNNING'; read answer; sed -i s/Sydney/Canberra/ \"$1\"\n".utf8).write(to: script)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        let tmux = try TmuxSession(command: [WinnowProcess.binary.path, copy.dataset.appendingPathComponent("chat.jsonl").path, "--queue", "all"],
                                   workdir: copy.root, width: 120, height: 36, environment: ["EDITOR": script.path])
        try tmux.waitFor("the workstation") { $0.contains("How do I reset my password?") }
        try tmux.send("j")
        try tmux.waitFor("the second example") { $0.contains("Sydney") }
        try tmux.send("E")
        try tmux.waitFor("the editor on the terminal") { $0.contains("EDITOR RUNNING") && !$0.contains("Validation") }
        try tmux.send("Enter")
        try tmux.waitFor("the reason prompt, the workstation back") { $0.contains("reason for the correction") && $0.contains("Validation") }
        try tmux.send("Enter")
        try tmux.waitFor("the correction saved and shown") { $0.contains("response corrected") && $0.contains("Canberra") }
        try tmux.send("q")
        XCTAssertEqual(tmux.exitStatus(), 0)
    }
}

/// Entity spans edited from the keyboard, headless: moved, added over the word at the cursor,
/// relabelled, deleted, each a `text.label` event, and undone after a restart.
final class SpanEditingTests: XCTestCase {
    private func review(_ copy: SampleCopy, _ keys: String) throws {
        let result = try WinnowProcess.run(["review", copy.dataset.appendingPathComponent("entities.conll").path, "--headless", "--keys-string", keys,
                                            "--size", "120x30", "--queue", "all"])
        XCTAssertEqual(result.status, 0, result.stderr)
    }

    private func labels(_ copy: SampleCopy) throws -> [String] {
        let shown = try JSONParser.parse(try WinnowProcess.run(["show", copy.dataset.appendingPathComponent("entities.conll").path, "s1", "--json"]).stdout)
        let text = shown["text"]?.stringValue ?? ""
        return try (shown["labels"]?.arrayValue ?? []).map { label in
            let span = label["span"]?.arrayValue?.compactMap(\.intValue) ?? []
            let words = try span.count == 2 ? TextSpan(start: span.element(0), end: span.element(1)).text(in: text) ?? "?" : "-"
            return "\(label["id"]?.stringValue ?? "") \(label["category"]?.stringValue ?? "") \(words)"
        }
    }

    func testMoveAddRelabelDeleteAndUndoAcrossRestarts() throws {
        let copy = try SampleCopy("text")
        XCTAssertEqual(try labels(copy), ["e1 person Ana", "e2 location Lisbon", "e3 location Berlin", "e4 corporation Lufthansa"])
        try review(copy, "}")
        XCTAssertEqual(try labels(copy).first, "e1 person Ana flew", "the end moved one word right")
        try review(copy, "u <Right> t")
        XCTAssertEqual(try labels(copy), ["e1 person Ana", "e2 location Lisbon", "e3 location Berlin", "e4 corporation Lufthansa", "s1 person flew"],
                       "undone, then a span over the word at the cursor, of the selected span's category")
        try review(copy, "<Tab> <Tab> <Tab> <Tab> c c o r p <Enter>")
        XCTAssertEqual(try labels(copy).last, "s1 corporation flew")
        try review(copy, "<S-Tab> <S-Tab> d")
        XCTAssertFalse(try labels(copy).contains { $0.hasPrefix("e4") }, "Lufthansa's span deleted")
        try review(copy, "u u")
        XCTAssertEqual(try labels(copy).last, "s1 person flew", "two undos after a restart: the deletion and the relabel")
        let history = try JSONParser.parse(try WinnowProcess.run(["show", copy.dataset.appendingPathComponent("entities.conll").path, "s1", "--json"]).stdout)["history"]
        XCTAssertEqual(Set((history?.arrayValue ?? []).compactMap { $0["type"]?.stringValue }), ["text.label", "text.label-delete", "undo"])
    }
}

/// A model's spans taken from the keyboard on a CoNLL sentence: `y` takes the highlighted one,
/// `Y` every disagreeing one; each a `text.label` event.
final class SpanAdoptionTests: XCTestCase {
    func testTakingTheModelsSpans() throws {
        let copy = try SampleCopy("text")
        let file = copy.dataset.appendingPathComponent("entities.conll").path
        let predictions = copy.dataset.appendingPathComponent("predictions/entities.conll").path
        let review = { (keys: String) throws in
            let result = try WinnowProcess.run(["review", file, "--predictions", predictions, "--headless", "--keys-string", keys, "--size", "120x30", "--queue", "all"])
            XCTAssertEqual(result.status, 0, result.stderr)
        }
        let categories = { (item: String) throws -> [String] in
            let shown = try JSONParser.parse(try WinnowProcess.run(["show", file, item, "--json"]).stdout)
            return (shown["labels"]?.arrayValue ?? []).compactMap { $0["category"]?.stringValue }
        }
        try review("y")
        XCTAssertEqual(try categories("s1"), ["person", "location", "person", "corporation"], "Berlin takes the model's class")
        try review("j Y")
        let pixel = try JSONParser.parse(try WinnowProcess.run(["show", file, "s2", "--json"]).stdout)["labels"]?.arrayValue?.first
        XCTAssertEqual(pixel?["span"], [JSONValue(8), JSONValue(13)], "Pixel 9 cut to Pixel, as the model says")
        try review("j j j y")
        XCTAssertEqual(try categories("s4"), ["product"], "the model's span over Nothing, taken as a new label")
    }
}
