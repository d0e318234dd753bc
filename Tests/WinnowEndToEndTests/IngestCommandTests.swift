import Foundation
import WinnowTestSupport
import XCTest
import WinnowCore

/// `winnow ingest RECORDS.jsonl --into PATH`: automation records into a screenshot dataset, run as a user would.
final class IngestCommandTests: XCTestCase {
    // First 16 hex digits of `sha256sum` of the copied screenshots.
    private let login = "3682eee39dc9385f"   // Frame 18.png, 1440x1015, twice under two names
    private let search = "a01841f9ef6d463b"  // Frame 372.png, 1440x796
    private let photo = "ef95bb41ba70e017"   // a JPEG, 736x736

    private func fiveRecords(_ run: RecordsRun) -> [String] {
        [
            RecordsRun.record("click-login-1", "shots/login screen.png", match: ("login_button", 0.95, 100, 50, 200, 100), click: (150, 100),
                              timestamp: "2024-11-05T09:00:00Z"),
            RecordsRun.record("type-search-2", "shots/search.png", type: "TYPE", success: false, states: ["Search"],
                              timestamp: "2024-11-05T09:00:05Z"),
            // Same bytes as line 1 by an absolute path: its login_button match (other score) is not a second box.
            RecordsRun.record("click-ok-3", run.folder.appendingPathComponent("shots/again/login-copy.png").path,
                              match: ("login_button", 0.9, 100, 50, 200, 100), click: (700, 500)),
            RecordsRun.record("click-photo-4", "shots/photo.jpg", match: ("like_icon", 0.41, 10, 20, 30, 30), click: (600, 600)),
            RecordsRun.record("find-search-5", "shots/search.png", type: "FIND", success: false, match: ("search_field", 0.77, 300, 20, 400, 40)),
        ]
    }

    private func text(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

    private func compactJSON(_ url: URL) throws -> String { JSONWriter.string(try JSONParser.parse(try text(url))) }

    private func box(_ bbox: String, _ category: String, _ confidence: String, click: Bool) -> String {
        "{\"bbox\":[\(bbox)],\"category_name\":\"\(category)\",\"confidence\":\(confidence),"
            + (click ? "\"source\":\"user_click\",\"verified\":true}" : "\"source\":\"template_matching\",\"verified\":false}")
    }

    func testRecordsBecomeImagesManifestLinesAndBoxes() throws {
        let run = try RecordsRun()
        try run.writeRecords(fiveRecords(run))
        let result = try run.ingest()
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stderr, "ingested 5 records: 3 new images, 6 boxes (3 template, 3 click); 0 skipped\n",
                       "no progress line when stderr is not a terminal")
        XCTAssertEqual(result.stdout, "")

        XCTAssertEqual(try text(run.dataset.appendingPathComponent("manifest.jsonl")), """
            {"image_id":"\(login)","image":"images/\(login).png","annotations":"annotations/\(login).json","width":1440,"height":1015,\
            "action_id":"click-login-1","action_type":"CLICK","active_states":["Login"],"success":true,"timestamp":"2024-11-05T09:00:00Z","run":"records.jsonl"}
            {"image_id":"\(search)","image":"images/\(search).png","annotations":"annotations/\(search).json","width":1440,"height":796,\
            "action_id":"type-search-2","action_type":"TYPE","active_states":["Search"],"success":false,"timestamp":"2024-11-05T09:00:05Z","run":"records.jsonl"}
            {"image_id":"\(photo)","image":"images/\(photo).jpg","annotations":"annotations/\(photo).json","width":736,"height":736,\
            "action_id":"click-photo-4","action_type":"CLICK","active_states":["Login"],"success":true,"timestamp":null,"run":"records.jsonl"}

            """)
        let copyPath = run.folder.appendingPathComponent("shots/again/login-copy.png").path
        XCTAssertEqual(try compactJSON(run.dataset.appendingPathComponent("annotations/\(login).json")), """
            {"image":"images/\(login).png","width":1440,"height":1015,"annotations":[\
            \(box("100,50,200,100", "login_button", "0.95", click: false)),\(box("125,75,50,50", "login_button", "1", click: true)),\
            \(box("675,475,50,50", "click_target", "1", click: true))],\
            "context":{"actions":[{"action_id":"click-login-1","action_type":"CLICK","success":true,"timestamp":"2024-11-05T09:00:00Z",\
            "active_states":["Login"],"screenshot_reference":"shots/login screen.png","clicked_location":[150,100]},\
            {"action_id":"click-ok-3","action_type":"CLICK","success":true,"timestamp":null,"active_states":["Login"],\
            "screenshot_reference":"\(copyPath)","clicked_location":[700,500]}]}}
            """)
        XCTAssertEqual(try compactJSON(run.dataset.appendingPathComponent("annotations/\(search).json")), """
            {"image":"images/\(search).png","width":1440,"height":796,"annotations":[\(box("300,20,400,40", "search_field", "0.77", click: false))],\
            "context":{"actions":[{"action_id":"type-search-2","action_type":"TYPE","success":false,"timestamp":"2024-11-05T09:00:05Z",\
            "active_states":["Search"],"screenshot_reference":"shots/search.png"},{"action_id":"find-search-5","action_type":"FIND",\
            "success":false,"timestamp":null,"active_states":["Login"],"screenshot_reference":"shots/search.png"}]}}
            """)
        XCTAssertEqual(try compactJSON(run.dataset.appendingPathComponent("annotations/\(photo).json")), """
            {"image":"images/\(photo).jpg","width":736,"height":736,"annotations":[\(box("10,20,30,30", "like_icon", "0.41", click: false)),\
            \(box("575,575,50,50", "click_target", "1", click: true))],"context":{"actions":[{"action_id":"click-photo-4","action_type":"CLICK",\
            "success":true,"timestamp":null,"active_states":["Login"],"screenshot_reference":"shots/photo.jpg","clicked_location":[600,600]}]}}
            """)
        let recordsHash = SHA256.hex(of: [UInt8](try Data(contentsOf: run.records)))
        XCTAssertEqual(try compactJSON(run.dataset.appendingPathComponent("metadata.json")), """
            {"created_by":"winnow ingest","counts":{"images":3,"annotations":6,"template_matching":3,"user_click":3},\
            "categories":["click_target","like_icon","login_button","search_field"],\
            "last_ingest":{"records_file":"records.jsonl","records_sha256":"\(recordsHash)","filters":[]}}
            """)
        let files = try RecordsRun.files(in: run.dataset)
        XCTAssertEqual(files.keys.sorted(), [
            "annotations/\(search).json", "annotations/\(login).json", "annotations/\(photo).json",
            "images/\(search).png", "images/\(login).png", "images/\(photo).jpg", "manifest.jsonl", "metadata.json",
        ].sorted(), "one image per content, named for its format; no temporary files left")
        XCTAssertEqual(files["images/\(photo).jpg"], try Data(contentsOf: run.folder.appendingPathComponent("shots/photo.jpg")))
    }

    func testASecondRunOfTheSameRecordsChangesNoByteAndANewBoxIsMergedIntoItsImage() throws {
        let run = try RecordsRun()
        var records = fiveRecords(run)
        try run.writeRecords(records)
        XCTAssertEqual(try run.ingest().status, 0)
        let first = try RecordsRun.files(in: run.dataset)

        let again = try run.ingest()
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertEqual(again.stderr, "ingested 5 records: 0 new images, 0 boxes (0 template, 0 click); 0 skipped\n")
        XCTAssertEqual(try RecordsRun.files(in: run.dataset), first, "idempotent: the same bytes afterwards")

        records.append(RecordsRun.record("click-cancel-6", "shots/again/login-copy.png", match: ("cancel_button", 0.88, 400, 50, 120, 40)))
        try run.writeRecords(records)
        let more = try run.ingest()
        XCTAssertEqual(more.stderr, "ingested 6 records: 0 new images, 1 boxes (1 template, 0 click); 0 skipped\n")
        let after = try RecordsRun.files(in: run.dataset)
        XCTAssertEqual(after["manifest.jsonl"], first["manifest.jsonl"], "a known image gets no second manifest line")
        let boxes = try JSONParser.parse(try text(run.dataset.appendingPathComponent("annotations/\(login).json")))["annotations"]?.arrayValue
        XCTAssertEqual(boxes?.map { $0["category_name"]?.stringValue }, ["login_button", "login_button", "click_target", "cancel_button"],
                       "the new box goes after the others, which keep their positions")
    }

    func testOnlySuccessfulAndOnlyWithMatches() throws {
        let cases: [([String], String, [String])] = [
            (["--only-successful"], "ingested 3 records: 2 new images, 5 boxes (2 template, 3 click); 0 skipped, 2 filtered out", [login, photo]),
            (["--only-with-matches"], "ingested 4 records: 3 new images, 6 boxes (3 template, 3 click); 0 skipped, 1 filtered out", [login, photo, search]),
            (["--only-successful", "--only-with-matches"], "ingested 3 records: 2 new images, 5 boxes (2 template, 3 click); 0 skipped, 2 filtered out", [login, photo]),
        ]
        for (flags, summary, ids) in cases {
            let run = try RecordsRun()
            try run.writeRecords(fiveRecords(run))
            let result = try run.ingest(flags)
            XCTAssertEqual(result.status, 0, result.stderr)
            XCTAssertEqual(result.stderr, summary + "\n", "\(flags)")
            let manifest = try text(run.dataset.appendingPathComponent("manifest.jsonl")).split(separator: "\n")
            XCTAssertEqual(try manifest.map { try JSONParser.parse(String($0))["image_id"]?.stringValue }, ids, "\(flags)")
            let filters = try JSONParser.parse(try text(run.dataset.appendingPathComponent("metadata.json")))["last_ingest"]?["filters"]
            XCTAssertEqual(filters, .array(flags.map { .string($0) }))
        }
    }

    func testBadLinesAreReportedWithFileAndLineAndTheRestIsIngested() throws {
        let run = try RecordsRun()
        let records = fiveRecords(run)
        try run.writeRecords([
            try records.element(0),
            "not json",
            #"{"action_id":"x","action_type":"CLICK","success":true}"#,
            RecordsRun.record("gone-4", "shots/missing.png"),
            RecordsRun.record("text-5", "records.jsonl"),
            try records.element(3),
            #"{"action_id":"x","action_type":"CLICK","screenshot_reference":"shots/photo.jpg","success":true,"match_summary":{"image_id":"a","confidence":"high"}}"#,
        ])
        let sources = try RecordsRun.files(in: run.folder)
        let result = try run.ingest()
        XCTAssertEqual(result.status, 1, "something was skipped")
        let name = run.records.path
        XCTAssertEqual(result.stderr.split(separator: "\n").map(String.init), [
            "\(name):2: not valid JSON (column 1: unexpected word); record skipped",
            "\(name):3: missing \"screenshot_reference\" (a non-empty string); record skipped",
            "\(name):4: screenshot \"shots/missing.png\" does not exist (looked for \(run.folder.path)/shots/missing.png); record skipped",
            "\(name):5: screenshot \"records.jsonl\" has no readable PNG, JPEG, WebP or GIF header (looked for \(run.records.path)); record skipped",
            "\(name):7: \"match_summary.confidence\" is \"high\", not a number; record skipped",
            "ingested 2 records: 2 new images, 4 boxes (2 template, 2 click); 5 skipped",
        ])
        XCTAssertEqual(try RecordsRun.files(in: run.folder), sources, "the records and screenshots are only read")
        XCTAssertEqual(try text(run.dataset.appendingPathComponent("manifest.jsonl")).split(separator: "\n").count, 2)
    }

    func testTheDatasetOpensInWinnowWithItsBoxes() throws {
        let run = try RecordsRun()
        try run.writeRecords(fiveRecords(run))
        XCTAssertEqual(try run.ingest().status, 0)
        let rows = try WinnowProcess.run(["list", run.dataset.path, "--json"]).stdout.split(separator: "\n").map { try JSONParser.parse(String($0)) }
        XCTAssertEqual(rows.map { $0["id"]?.stringValue }, [login, search, photo])
        XCTAssertEqual(rows.map { $0["labels"]?.intValue }, [3, 1, 2])
        XCTAssertEqual(rows.map { $0["issues"]?.intValue }, [0, 0, 0])

        let shown = try JSONParser.parse(try WinnowProcess.run(["show", run.dataset.path, photo, "--json"]).stdout)
        let labels = try XCTUnwrap(shown["labels"]?.arrayValue)
        XCTAssertEqual(labels.map { $0["category"]?.stringValue }, ["like_icon", "click_target"])
        XCTAssertEqual(labels.map { $0["bbox"] }, [[10, 20, 30, 30], [575, 575, 50, 50]])
        XCTAssertEqual(labels.map { $0["source"]?.stringValue }, ["template_matching", "user_click"])
        XCTAssertEqual(labels.map { $0["verified"]?.boolValue }, [false, true])
        XCTAssertEqual(labels.map { $0["confidence"]?.doubleValue }, [0.41, 1.0])

        let summary = try JSONParser.parse(try WinnowProcess.run(["summary", run.dataset.path, "--json"]).stdout)
        XCTAssertEqual(summary["kind"]?.stringValue, "screenshots")
        XCTAssertEqual(summary["items"]?.intValue, 3)
        XCTAssertEqual(summary["labels"]?.intValue, 6)
        let validate = try WinnowProcess.run(["validate", run.dataset.path])
        XCTAssertEqual(validate.status, 0, validate.stdout + validate.stderr)
    }

    func testUsageErrorsAndUnusableTargets() throws {
        let run = try RecordsRun()
        try run.writeRecords(fiveRecords(run))
        let noInto = try WinnowProcess.run(["ingest", run.records.path])
        XCTAssertEqual(noInto.status, 2)
        XCTAssertTrue(noInto.stderr.contains("missing --into PATH"), noInto.stderr)
        XCTAssertEqual(try WinnowProcess.run(["ingest", run.records.path, "--into", run.dataset.path, "--only-good"]).status, 2)
        let missing = try WinnowProcess.run(["ingest", run.folder.appendingPathComponent("nope.jsonl").path, "--into", run.dataset.path])
        XCTAssertEqual(missing.status, 3)
        XCTAssertTrue(missing.stderr.contains("nope.jsonl: cannot read the records file"), missing.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: run.dataset.path), "nothing is created for unreadable records")
        let intoRun = try WinnowProcess.run(["ingest", run.records.path, "--into", run.folder.path])
        XCTAssertEqual(intoRun.status, 3)
        XCTAssertTrue(intoRun.stderr.contains("is neither a screenshot dataset (no manifest.jsonl) nor empty"), intoRun.stderr)
        XCTAssertTrue(try WinnowProcess.run(["help", "ingest"]).stdout.contains("--only-with-matches"))
        XCTAssertTrue(try WinnowProcess.run(["--help"]).stdout.contains("winnow ingest RECORDS.jsonl --into PATH"))
    }
}
