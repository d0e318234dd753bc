import WinnowTestSupport
import XCTest

@testable import WinnowCore

final class YAMLParserTests: XCTestCase {
    private func parse(_ text: String) -> YAMLDocument { YAMLParser.parse(text) }

    private func scalar(_ key: String, in text: String) -> String? { parse(text).root?.entry(key)?.value.scalar }

    func testPlainAndQuotedScalarsWithComments() {
        let document = parse("""
            # a comment line
            path: ../datasets/coco8   # trailing comment
            plain: it's a#not-a-comment value # comment
            single: 'it''s # kept'
            double: "tab\\there \\"q\\" \\\\ \\u00e9 \\x41 \\/"
            url: https://example.com/a.zip
            number: 80
            empty:
            tilde: ~
            quoted_null: 'null'
            """)
        XCTAssertEqual(document.problems, [])
        let root = document.root
        XCTAssertEqual(root?.entry("path")?.value.scalar, "../datasets/coco8")
        XCTAssertEqual(root?.entry("plain")?.value.scalar, "it's a#not-a-comment value")
        XCTAssertEqual(root?.entry("single")?.value.scalar, "it's # kept")
        XCTAssertEqual(root?.entry("double")?.value.scalar, "tab\there \"q\" \\ é A /")
        XCTAssertEqual(root?.entry("url")?.value.scalar, "https://example.com/a.zip")
        XCTAssertEqual(root?.entry("number")?.value.scalar, "80")
        XCTAssertEqual(root?.entry("empty")?.value.value, .null)
        XCTAssertEqual(root?.entry("tilde")?.value.value, .null)
        XCTAssertEqual(root?.entry("quoted_null")?.value.scalar, "null")
        XCTAssertEqual(root?.entry("path")?.line, 2)
        XCTAssertEqual(root?.entries?.map(\.key), ["path", "plain", "single", "double", "url", "number", "empty", "tilde", "quoted_null"])
    }

    func testBlockMappingListsAndNesting() throws {
        let document = parse("""
            names:
              0: person
              1: 'traffic light'
            train:
            - images/train2017
            - images/extra
            val:
              - images/val2017
            splits:
              - name: a
                size: 3
              - name: b
            kpt_shape: [17, 3]
            """)
        XCTAssertEqual(document.problems, [])
        let root = document.root
        XCTAssertEqual(root?.entry("names")?.value.entries?.map(\.key), ["0", "1"])
        XCTAssertEqual(root?.entry("names")?.value.entry("1")?.value.scalar, "traffic light")
        XCTAssertEqual(root?.entry("names")?.value.entry("1")?.line, 3)
        XCTAssertEqual(root?.entry("train")?.value.list?.compactMap(\.scalar), ["images/train2017", "images/extra"])
        XCTAssertEqual(root?.entry("train")?.value.list?.map(\.line), [5, 6])
        XCTAssertEqual(root?.entry("val")?.value.list?.compactMap(\.scalar), ["images/val2017"])
        let splits = root?.entry("splits")?.value.list
        XCTAssertEqual(splits?.count, 2)
        XCTAssertEqual(try splits?.element(0).entry("size")?.value.scalar, "3")
        XCTAssertEqual(try splits?.element(1).entry("name")?.value.scalar, "b")
        XCTAssertEqual(root?.entry("kpt_shape")?.value.list?.compactMap(\.scalar), ["17", "3"])
    }

    /// YOLOv5-era configs spread `names` over lines; comments may sit between them.
    func testFlowCollectionsAcrossLines() {
        let document = parse("""
            names: ['person', 'bicycle',  # first two
                    "car", motorcycle,
                    'a, b']
            map: {0: cat, 1: "dog", 2: 'x: y'}
            after: here
            """)
        XCTAssertEqual(document.problems, [])
        let root = document.root
        XCTAssertEqual(root?.entry("names")?.value.list?.compactMap(\.scalar), ["person", "bicycle", "car", "motorcycle", "a, b"])
        XCTAssertEqual(root?.entry("names")?.value.list?.map(\.line), [1, 1, 2, 2, 3])
        XCTAssertEqual(root?.entry("map")?.value.entries?.map(\.key), ["0", "1", "2"])
        XCTAssertEqual(root?.entry("map")?.value.entries?.compactMap(\.value.scalar), ["cat", "dog", "x: y"])
        XCTAssertEqual(root?.entry("after")?.value.scalar, "here")
        XCTAssertEqual(root?.entry("after")?.line, 5)
    }

    /// Ultralytics configs end with a download script: its lines are text, not keys or comments.
    func testBlockScalarIsKeptAsText() {
        let document = parse("""
            download: |
              from pathlib import Path
              # a Python comment
              segments: True  # not a key

              dir = Path(yaml['path'])
            nc: 2
            folded: >
              one
              two
            """)
        XCTAssertEqual(document.problems, [])
        let root = document.root
        XCTAssertEqual(root?.entries?.map(\.key), ["download", "nc", "folded"])
        XCTAssertEqual(
            root?.entry("download")?.value.scalar,
            "from pathlib import Path\n# a Python comment\nsegments: True  # not a key\n\ndir = Path(yaml['path'])")
        XCTAssertEqual(root?.entry("nc")?.value.scalar, "2")
        XCTAssertEqual(root?.entry("folded")?.value.scalar, "one two")
    }

    func testProblemsCarryTheirLineAndTheRestIsRead() throws {
        // A flow list may span lines, but the next line does not complete this one: the problem
        // is on the list's own line and the keys after it are still read.
        let unclosed = parse("names: [a, b\ntrain: images/train\n")
        XCTAssertEqual(unclosed.problems, [YAMLProblem(line: 1, message: "\"[\" is not closed")])
        XCTAssertEqual(unclosed.root?.entry("names")?.value.list?.compactMap(\.scalar), ["a", "b"])
        XCTAssertEqual(unclosed.root?.entry("train")?.value.scalar, "images/train")

        let second = parse("""
            train: images/train
              stray: indented
            just text
            val: "bad \\q escape"
            train: images/other
            test: 'open
            nc: 2
            \tname: tabbed
            """)
        XCTAssertEqual(second.problems.map(\.line), [2, 3, 4, 5, 6, 8, 8])
        XCTAssertEqual(try second.problems.element(0).message, "does not fit the indentation above; line skipped")
        XCTAssertEqual(try second.problems.element(1).message, "is not `key: value`; line skipped")
        XCTAssertEqual(try second.problems.element(2).message, "unknown escape \\q; kept as written")
        XCTAssertEqual(try second.problems.element(3).message, "key \"train\" repeats; the last one is used")
        XCTAssertEqual(try second.problems.element(4).message, "the quote ' is not closed")
        XCTAssertEqual(second.root?.entry("train")?.value.scalar, "images/other")
        XCTAssertEqual(second.root?.entry("val")?.value.scalar, "bad \\q escape")
        XCTAssertEqual(second.root?.entry("nc")?.value.scalar, "2")
    }

    /// A missing `]` early in a long file: the lines after it are still read as keys, and reading
    /// stays linear (brackets are counted per line, repeated keys found with a set).
    func testUnclosedListInALongFile() {
        let text = "names: [a, b\n" + (0..<20_000).map { "k\($0): [\($0)]" }.joined(separator: "\n")
        let document = parse(text)
        XCTAssertEqual(document.problems, [YAMLProblem(line: 1, message: "\"[\" is not closed")])
        XCTAssertEqual(document.root?.entries?.count, 20_001)
        XCTAssertEqual(document.root?.entry("k19999")?.value.list?.first?.scalar, "19999")
    }

    func testEmptyAndOddDocuments() {
        XCTAssertNil(parse("").root)
        XCTAssertNil(parse("# only a comment\n\n").root)
        XCTAssertEqual(parse("---\na: 1\n...\n").root?.entry("a")?.value.scalar, "1")
        XCTAssertEqual(parse("- a\n- b\n").root?.list?.compactMap(\.scalar), ["a", "b"])
        XCTAssertEqual(YAMLParser.parse([0xEF, 0xBB, 0xBF] + Array("a: 1\r\nb: 2\r\n".utf8)).root?.entry("b")?.value.scalar, "2")
        let binary = YAMLParser.parse([0x00, 0xFF, 0xFE, 0x0A, 0x89, 0x50])
        XCTAssertEqual(binary.root?.entries, [])
        XCTAssertEqual(binary.problems.map(\.line), [1, 2])
    }
}
