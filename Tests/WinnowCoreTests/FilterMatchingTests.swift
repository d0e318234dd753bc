import XCTest
@testable import WinnowCore

final class FilterMatchingTests: XCTestCase {
    private func query(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> FilterQuery {
        do {
            return try FilterQuery.parse(text)
        } catch {
            XCTFail("'\(text)': \(error)", file: file, line: line)
            return FilterQuery()
        }
    }

    /// Ids of the items that `text` matches, checked both one by one and in bulk.
    private func matchingIDs(_ text: String, in items: [ItemFacts], file: StaticString = #filePath, line: UInt = #line) -> [String] {
        let parsed = query(text, file: file, line: line)
        let oneByOne = items.filter(parsed.matches).map(\.id)
        let bulk = parsed.matchingIndices(in: items).map { items[$0].id }
        XCTAssertEqual(oneByOne, bulk, "matches and matchingIndices disagree on '\(text)'", file: file, line: line)
        return oneByOne
    }

    private let example = "tier:low cat:button conf<0.8 source:template_matching verdict:none reviewer:ana has:issues -verdict:bad file:*login*"

    /// One item that meets every term of the example, then variants that each break exactly one.
    private var exampleItems: [ItemFacts] {
        let fits = ItemFacts(
            id: "fits", path: "screens/Login_Form.png", kind: "screenshot", tier: "low", confidence: 0.62,
            categories: ["icon", "button"], sources: ["ocr", "template_matching"], verdict: nil,
            reviewers: ["bo", "ana"], issueCount: 2)
        func variant(_ id: String, _ change: (inout ItemFacts) -> Void) -> ItemFacts {
            var item = fits
            item.id = id
            change(&item)
            return item
        }
        return [
            fits,
            variant("medium-tier") { $0.tier = "medium" },
            variant("no-button") { $0.categories = ["icon"] },
            variant("conf-at-bound") { $0.confidence = 0.8 },
            variant("no-conf") { $0.confidence = nil },
            variant("other-source") { $0.sources = ["ocr"] },
            variant("judged-good") { $0.verdict = "good" },
            variant("bo-only") { $0.reviewers = ["bo"] },
            variant("no-issues") { $0.issueCount = 0 },
            variant("not-login") { $0.path = "screens/settings.png" },
            variant("uppercase-facts") { $0.tier = "LOW"; $0.categories = ["Button"]; $0.path = "SCREENS/LOGIN.PNG" },
        ]
    }

    func testExampleQueryFromTheIssue() {
        XCTAssertEqual(matchingIDs(example, in: exampleItems), ["fits", "uppercase-facts"])
    }

    func testExampleQueryTermByTerm() {
        let items = exampleItems
        XCTAssertFalse(matchingIDs("tier:low", in: items).contains("medium-tier"))
        XCTAssertFalse(matchingIDs("cat:button", in: items).contains("no-button"))
        XCTAssertEqual(matchingIDs("-cat:button", in: items), ["no-button"])
        XCTAssertEqual(matchingIDs("-conf<0.8", in: items), ["conf-at-bound", "no-conf"])
        XCTAssertEqual(matchingIDs("-source:template_matching", in: items), ["other-source"])
        XCTAssertEqual(matchingIDs("-verdict:none", in: items), ["judged-good"])
        XCTAssertEqual(matchingIDs("-reviewer:ana", in: items), ["bo-only"])
        XCTAssertEqual(matchingIDs("-has:issues", in: items), ["no-issues"])
        XCTAssertEqual(matchingIDs("-file:*login*", in: items), ["not-login"])
    }

    func testEmptyQueryMatchesEverything() {
        let items = exampleItems
        for blank in ["", "   ", "\t \n"] {
            let parsed = query(blank)
            XCTAssertTrue(parsed.isEmpty)
            XCTAssertEqual(parsed.matchingIndices(in: items), Array(items.indices))
            XCTAssertTrue(parsed.matches(ItemFacts(id: "")))
        }
        XCTAssertTrue(FilterQuery().isEmpty)
        XCTAssertFalse(query("tier:low").isEmpty)
        XCTAssertEqual(query("  tier:low  ").text, "  tier:low  ")
    }

    func testConfidenceComparisons() {
        let items = [0.0, 0.5, 0.8, 0.9, 1.0].map { (value: Double) in ItemFacts(id: "\(value)", confidence: value) }
            + [ItemFacts(id: "none"), ItemFacts(id: "nan", confidence: .nan)]
        XCTAssertEqual(matchingIDs("conf<0.8", in: items), ["0.0", "0.5"])
        XCTAssertEqual(matchingIDs("conf<=0.8", in: items), ["0.0", "0.5", "0.8"])
        XCTAssertEqual(matchingIDs("conf>0.8", in: items), ["0.9", "1.0"])
        XCTAssertEqual(matchingIDs("conf>=0.8", in: items), ["0.8", "0.9", "1.0"])
        XCTAssertEqual(matchingIDs("conf=0.8", in: items), ["0.8"])
        XCTAssertEqual(matchingIDs("conf:0.8", in: items), ["0.8"])
        XCTAssertEqual(matchingIDs("conf:<.8", in: items), ["0.0", "0.5"])
        XCTAssertEqual(matchingIDs("conf:>=1", in: items), ["1.0"])
        XCTAssertEqual(matchingIDs("conf>=0.5 conf<0.9", in: items), ["0.5", "0.8"])
    }

    func testItemsWithoutConfidenceNeverMatchAComparison() {
        let items = [ItemFacts(id: "none"), ItemFacts(id: "nan", confidence: .nan), ItemFacts(id: "half", confidence: 0.5)]
        for comparison in ["conf<1", "conf<=1", "conf>0", "conf>=0", "conf=0"] {
            XCTAssertFalse(matchingIDs(comparison, in: items).contains("none"), comparison)
            XCTAssertFalse(matchingIDs(comparison, in: items).contains("nan"), comparison)
        }
        XCTAssertEqual(matchingIDs("-conf>=0", in: items), ["none", "nan"], "the way to find items without confidence")
    }

    func testTierKindAndVerdictAreExactAndIgnoreCase() {
        let items = [
            ItemFacts(id: "a", kind: "screenshot", tier: "high", verdict: "good"),
            ItemFacts(id: "b", kind: "Signal", tier: "Medium", verdict: "BAD"),
            ItemFacts(id: "c", kind: "text", tier: "low", verdict: "skip"),
            ItemFacts(id: "d", kind: "pair", tier: "low", verdict: ""),
            ItemFacts(id: "e", kind: "pairs", tier: "lowest", verdict: nil),
        ]
        XCTAssertEqual(matchingIDs("tier:high", in: items), ["a"])
        XCTAssertEqual(matchingIDs("tier:MEDIUM", in: items), ["b"])
        XCTAssertEqual(matchingIDs("tier:low", in: items), ["c", "d"])
        XCTAssertEqual(matchingIDs("kind:signal", in: items), ["b"])
        XCTAssertEqual(matchingIDs("kind:pair", in: items), ["d"])
        XCTAssertEqual(matchingIDs("verdict:good", in: items), ["a"])
        XCTAssertEqual(matchingIDs("verdict:bad", in: items), ["b"])
        XCTAssertEqual(matchingIDs("verdict:skip", in: items), ["c"])
        XCTAssertEqual(matchingIDs("verdict:none", in: items), ["d", "e"])
        XCTAssertEqual(matchingIDs("-verdict:bad", in: items), ["a", "c", "d", "e"])
        XCTAssertEqual(matchingIDs("Tier:low KIND:text", in: items), ["c"], "field names ignore case too")
    }

    func testListFieldsMatchWhenAnyEntryDoes() {
        let items = [
            ItemFacts(id: "a", categories: ["button", "link"], sources: ["ocr"], reviewers: ["ana"]),
            ItemFacts(id: "b", categories: ["text_field"], sources: ["template_matching", "ocr"], reviewers: ["bo", "cy"]),
            ItemFacts(id: "c"),
        ]
        XCTAssertEqual(matchingIDs("cat:link", in: items), ["a"])
        XCTAssertEqual(matchingIDs("cat:text*", in: items), ["b"])
        XCTAssertEqual(matchingIDs("cat:*", in: items), ["a", "b"], "an item without labels has no category")
        XCTAssertEqual(matchingIDs("-cat:*", in: items), ["c"])
        XCTAssertEqual(matchingIDs("source:ocr", in: items), ["a", "b"])
        XCTAssertEqual(matchingIDs("source:template*", in: items), ["b"])
        XCTAssertEqual(matchingIDs("reviewer:cy", in: items), ["b"])
        XCTAssertEqual(matchingIDs("reviewer:?o", in: items), ["b"])
        XCTAssertEqual(matchingIDs("reviewer:an", in: items), [], "reviewer names match whole, not as substrings")
    }

    func testHasAsksAboutIssuesEditsNotesAndFlags() {
        let items = [
            ItemFacts(id: "issues", issueCount: 3),
            ItemFacts(id: "edits", hasEdits: true),
            ItemFacts(id: "notes", hasNotes: true),
            ItemFacts(id: "flag", flagged: true),
            ItemFacts(id: "plain"),
        ]
        XCTAssertEqual(matchingIDs("has:issues", in: items), ["issues"])
        XCTAssertEqual(matchingIDs("has:edits", in: items), ["edits"])
        XCTAssertEqual(matchingIDs("has:notes", in: items), ["notes"])
        XCTAssertEqual(matchingIDs("has:flag", in: items), ["flag"])
        XCTAssertEqual(matchingIDs("has:issue has:FLAGGED", in: items), [], "singular, plural and any case are accepted")
        XCTAssertEqual(matchingIDs("-has:issues -has:edits -has:notes -has:flags", in: items), ["plain"])
    }

    func testFileGlobsOnThePathOrItsFileName() {
        let items = [
            ItemFacts(id: "a", path: "screens/login.png"),
            ItemFacts(id: "b", path: "Screens/Sub/LOGIN_v2.PNG"),
            ItemFacts(id: "c", path: "login/settings.png"),
            ItemFacts(id: "d", path: "other/abc.png"),
        ]
        XCTAssertEqual(matchingIDs("file:*login*", in: items), ["a", "b", "c"])
        XCTAssertEqual(matchingIDs("file:login.png", in: items), ["a"])
        XCTAssertEqual(matchingIDs("file:login*", in: items), ["a", "b", "c"], "file name of a and b, whole path of c")
        XCTAssertEqual(matchingIDs("file:screens/*", in: items), ["a", "b"])
        XCTAssertEqual(matchingIDs("file:*.png -file:*/sub/*", in: items), ["a", "c", "d"])
        XCTAssertEqual(matchingIDs("file:a?c.png", in: items), ["d"])
    }

    func testIDIsExactOrGlob() {
        let items = [ItemFacts(id: "img-001"), ItemFacts(id: "img-0010"), ItemFacts(id: "IMG-002")]
        XCTAssertEqual(matchingIDs("id:img-001", in: items), ["img-001"])
        XCTAssertEqual(matchingIDs("id:img-00?", in: items), ["img-001", "IMG-002"])
        XCTAssertEqual(matchingIDs("id:*1*", in: items), ["img-001", "img-0010"])
    }

    func testFreeWordsAreSubstringsOfIDPathOrText() {
        let items = [
            ItemFacts(id: "relogin-7", path: "a.png"),
            ItemFacts(id: "b", path: "shots/LOGIN.png"),
            ItemFacts(id: "c", path: "c.json", text: "Please log in to continue"),
            ItemFacts(id: "d", path: "d.png", categories: ["login"]),
        ]
        XCTAssertEqual(matchingIDs("login", in: items), ["relogin-7", "b"], "categories are not searched")
        XCTAssertEqual(matchingIDs("LOG", in: items), ["relogin-7", "b", "c"])
        XCTAssertEqual(matchingIDs("\"log in\"", in: items), ["c"])
        XCTAssertEqual(matchingIDs("log continue", in: items), ["c"], "two words, each must occur somewhere")
        XCTAssertEqual(matchingIDs("-login", in: items), ["c", "d"])
        XCTAssertEqual(matchingIDs("png -shots", in: items), ["relogin-7", "d"])
    }

    func testFreeWordsTakeWildcardsLiterally() {
        let items = [ItemFacts(id: "a", text: "what? *really*"), ItemFacts(id: "b", text: "whatever")]
        XCTAssertEqual(matchingIDs("what?", in: items), ["a"])
        XCTAssertEqual(matchingIDs("*really*", in: items), ["a"])
        XCTAssertEqual(matchingIDs("wh*", in: items), [])
    }

    func testQuotesGroupValuesAndMakeThemLiteral() {
        let items = [
            ItemFacts(id: "a", path: "x/my shot*.png", categories: ["log in"], text: "tier:low"),
            ItemFacts(id: "b", path: "x/my shot2.png", categories: ["login"], text: "a \"quoted\" word"),
        ]
        XCTAssertEqual(matchingIDs("cat:\"log in\"", in: items), ["a"])
        XCTAssertEqual(matchingIDs("cat:log\" \"in", in: items), ["a"], "quotes may cover part of a value")
        XCTAssertEqual(matchingIDs("-cat:\"log in\"", in: items), ["b"])
        XCTAssertEqual(matchingIDs("file:\"my shot*\".png", in: items), ["a"], "a quoted * is a star, not a wildcard")
        XCTAssertEqual(matchingIDs("file:\"my shot\"*", in: items), ["a", "b"])
        XCTAssertEqual(matchingIDs("\"tier:low\"", in: items), ["a"], "a quoted colon is text, not a field")
        XCTAssertEqual(matchingIDs("\"\\\"quoted\\\"\"", in: items), ["b"], "\\\" inside quotes is a quote")
    }

    func testNegationAppliesToOneTerm() {
        let items = [
            ItemFacts(id: "a", tier: "low", verdict: "bad"),
            ItemFacts(id: "b", tier: "low"),
            ItemFacts(id: "c", tier: "high"),
        ]
        XCTAssertEqual(matchingIDs("-tier:high", in: items), ["a", "b"])
        XCTAssertEqual(matchingIDs("tier:low -verdict:bad", in: items), ["b"])
        XCTAssertEqual(matchingIDs("-tier:low -tier:high", in: items), [])
        XCTAssertEqual(matchingIDs("\"-a\"", in: items), [], "a quoted minus is part of a free word")
    }

    func testTermOrderDoesNotChangeTheResult() {
        let items = exampleItems
        let terms = example.split(separator: " ").map(String.init)
        let expected = matchingIDs(example, in: items)
        XCTAssertEqual(matchingIDs(terms.reversed().joined(separator: " "), in: items), expected)
        XCTAssertEqual(matchingIDs(terms.shuffled().joined(separator: "  "), in: items), expected)
    }
}

/// The prediction terms: pred (a kind of outcome), score (any prediction's), model (a set's name).
final class PredictionFilterTests: XCTestCase {
    func testPredScoreAndModelTerms() throws {
        var facts = ItemFacts(id: "a")
        facts.disagreements = ["match", "fp"]
        facts.scores = [0.95, 0.3]
        facts.models = ["yolo-v8"]
        let matching = ["pred:fp", "pred:match", "-pred:class", "score>0.9", "score<=0.3", "model:yolo*", "pred:fp score>=0.95 model:yolo-v8"]
        for query in matching { XCTAssertTrue(try FilterQuery.parse(query).matches(facts), query) }
        let failing = ["pred:loc", "score>0.96", "model:detr", "-pred:fp"]
        for query in failing { XCTAssertFalse(try FilterQuery.parse(query).matches(facts), query) }
        XCTAssertThrowsError(try FilterQuery.parse("pred:wrong")) { error in
            XCTAssertEqual("\(error)".contains("pred must be match, fp, fn, class, loc or duplicate"), true, "\(error)")
        }
        XCTAssertThrowsError(try FilterQuery.parse("score>1.5"))
    }
}
