import XCTest
@testable import WinnowCore

final class FilterErrorTests: XCTestCase {
    private let fields = "(fields: tier, cat, conf, source, verdict, reviewer, kind, has, file, id, pred, score, model, changed, structure, dup)"

    private func failure(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> FilterError? {
        do {
            _ = try FilterQuery.parse(text)
            XCTFail("'\(text)' parsed, expected an error", file: file, line: line)
            return nil
        } catch {
            return error
        }
    }

    private func assertMessage(_ text: String, _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(failure(text, file: file, line: line)?.description, expected, file: file, line: line)
    }

    func testUnknownFieldPointsAtTheTermAndListsTheFields() {
        assertMessage("tier:low tyer:low", "column 10: unknown field 'tyer' in 'tyer:low' \(fields)")
        let error = failure("tier:low tyer:low")
        XCTAssertEqual(error?.column, 10)
        XCTAssertEqual(error?.term, "tyer:low")
        XCTAssertEqual(error?.problem, .unknownField("tyer"))
    }

    func testAnUnquotedColonMakesAFieldTermSoURLsMustBeQuoted() {
        assertMessage("http://example.com", "column 1: unknown field 'http' in 'http://example.com' \(fields)")
        XCTAssertNoThrow(try FilterQuery.parse("\"http://example.com\""))
    }

    func testConfNeedsANumber() {
        assertMessage("conf<x", "column 1: 'conf<x' needs a number")
        assertMessage("tier:low conf<", "column 10: 'conf<' needs a number")
        assertMessage("conf:", "column 1: 'conf:' needs a number")
        assertMessage("conf<<0.8", "column 1: 'conf<<0.8' needs a number")
        for notPlainDecimal in ["conf<1e-3", "conf<-0.5", "conf<nan", "conf<inf", "conf<0.5.1", "conf<.", "conf<0x1"] {
            XCTAssertEqual(failure(notPlainDecimal)?.problem, .needsNumber, notPlainDecimal)
        }
    }

    func testConfMustBeBetweenZeroAndOne() {
        assertMessage("conf>80", "column 1: conf and score run from 0 to 1 in 'conf>80'")
        XCTAssertNoThrow(try FilterQuery.parse("conf>=0 conf<=1"))
    }

    func testClosedFieldsListTheirValues() {
        assertMessage("a b tier:lo", "column 5: tier must be high, medium or low in 'tier:lo'")
        assertMessage("verdict:maybe", "column 1: verdict must be none, good, bad or skip in 'verdict:maybe'")
        assertMessage("kind:video", "column 1: kind must be screenshot, signal, text or pair in 'kind:video'")
        assertMessage("has:bugs", "column 1: has must be issues, edits, notes or flag in 'has:bugs'")
    }

    func testGlobsAreNotAllowedInClosedFields() {
        XCTAssertEqual(failure("tier:l*")?.problem, .invalidValue(field: "tier", allowed: ["high", "medium", "low"]))
    }

    func testUnterminatedQuotePointsAtTheQuote() {
        assertMessage("tier:low cat:\"log in", "column 14: unterminated quote in 'cat:\"log in'")
        assertMessage("\"login", "column 1: unterminated quote in '\"login'")
    }

    func testLoneMinusNeedsATerm() {
        assertMessage("tier:low -", "column 10: '-' must be followed by a term to exclude")
        XCTAssertEqual(failure("-\"\"")?.problem, .nothingToNegate)
    }

    func testSeparatorWithoutFieldName() {
        assertMessage("<0.8", "column 1: '<0.8' needs a field before '<' \(fields); quote it to search for the text")
        XCTAssertEqual(failure(":x")?.problem, .missingField(separator: ":"))
    }

    func testOnlyConfCompares() {
        assertMessage("tier<low", "column 1: tier takes ':' not '<' in 'tier<low'; only conf and score compare")
        assertMessage("cat>=button", "column 1: cat takes ':' not '>=' in 'cat>=button'; only conf and score compare")
        assertMessage("id=abc", "column 1: id takes ':' not '=' in 'id=abc'; only conf and score compare")
    }

    func testFieldWithoutValue() {
        assertMessage("cat:", "column 1: 'cat:' needs a value")
        assertMessage("tier:low  -file:\"\"", "column 11: '-file:\"\"' needs a value")
    }

    func testColumnsCountCharactersNotBytes() {
        XCTAssertEqual(failure("é 👍🏽 tyer:low")?.column, 5)
        XCTAssertEqual(failure("\"a b\"\ttyer:low")?.column, 7)
    }

    func testTheFirstBadTermIsReported() {
        XCTAssertEqual(failure("tier:x tyer:low")?.column, 1)
    }

    func testErrorPrintsItsDescription() {
        let error: Error = failure("conf<x")!
        XCTAssertEqual("\(error)", "column 1: 'conf<x' needs a number")
    }
}
