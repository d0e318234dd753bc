import WinnowTestSupport
import XCTest
@testable import WinnowCore

final class FilterParsingTests: XCTestCase {
    private func terms(_ text: String) throws -> [FilterRawTerm] {
        try FilterLexer.terms(in: text)
    }

    func testTermsSplitAtWhitespaceWithTheirColumns() throws {
        let found = try terms("tier:low  cat:button\t-verdict:bad")
        XCTAssertEqual(found.map(\.source), ["tier:low", "cat:button", "-verdict:bad"])
        XCTAssertEqual(found.map(\.column), [1, 11, 22])
    }

    func testQuotesKeepSpacesAndMarkCharactersLiteral() throws {
        let found = try terms("cat:\"log in\" x")
        XCTAssertEqual(found.map(\.source), ["cat:\"log in\"", "x"])
        let value = try found.element(0).characters
        XCTAssertEqual(String(value.map(\.value)), "cat:log in")
        XCTAssertEqual(value.map(\.isQuoted), [false, false, false, false, true, true, true, true, true, true])
        XCTAssertEqual(try found.element(1).column, 14)
    }

    func testBackslashEscapesOnlyInsideQuotes() throws {
        XCTAssertEqual(try terms(#""a\"b\\c""#).first.map { String($0.characters.map(\.value)) }, #"a"b\c"#)
        XCTAssertEqual(try terms(#"a\b"#).first.map { String($0.characters.map(\.value)) }, #"a\b"#)
        XCTAssertEqual(try terms(#""a\nb""#).first.map { String($0.characters.map(\.value)) }, #"a\nb"#)
    }

    func testBlankTextHasNoTerms() throws {
        XCTAssertEqual(try terms(""), [])
        XCTAssertEqual(try terms(" \t "), [])
    }

    func testEveryFieldAndComparisonParses() throws {
        let valid = [
            "tier:high", "tier:medium", "tier:low", "cat:button", "cat:\"log in\"", "cat:b*n",
            "conf<0.8", "conf<=0.8", "conf>0.8", "conf>=0.8", "conf=0.8", "conf:0.8", "conf:<0.8", "conf:>=.5", "conf<1",
            "source:template_matching", "verdict:none", "verdict:good", "verdict:bad", "verdict:skip",
            "reviewer:ana", "kind:screenshot", "kind:signal", "kind:text", "kind:pair",
            "has:issues", "has:edits", "has:notes", "has:flag", "file:*login*", "id:abc", "id:a?c",
            "-tier:low", "login", "\"log in\"", "-\"log in\"", "CAT:Button",
        ]
        for text in valid {
            XCTAssertNoThrow(try FilterQuery.parse(text), text)
        }
        XCTAssertNoThrow(try FilterQuery.parse(valid.joined(separator: " ")))
    }

    func testQueryKeepsItsText() throws {
        let text = "tier:low  -verdict:bad"
        XCTAssertEqual(try FilterQuery.parse(text).text, text)
    }
}
