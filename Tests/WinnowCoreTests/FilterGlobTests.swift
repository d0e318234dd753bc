import XCTest
@testable import WinnowCore

final class FilterGlobTests: XCTestCase {
    private func glob(_ pattern: String) -> GlobMatcher {
        GlobMatcher(pattern: pattern.map { FilterCharacter(value: $0, isQuoted: false) })
    }

    func testStarMatchesAnyRunIncludingSlashes() {
        let matcher = glob("*login*")
        XCTAssertTrue(matcher.matches("screens/login_form.png"))
        XCTAssertTrue(matcher.matches("login"))
        XCTAssertTrue(matcher.matches("a/b/c/relogin/d.png"))
        XCTAssertFalse(matcher.matches("screens/logout.png"))
        XCTAssertFalse(matcher.matches(""))
    }

    func testQuestionMarkMatchesExactlyOneCharacter() {
        let matcher = glob("a?c")
        XCTAssertTrue(matcher.matches("abc"))
        XCTAssertTrue(matcher.matches("a-c"))
        XCTAssertTrue(matcher.matches("aéc"), "one character, even when it takes two UTF-8 bytes")
        XCTAssertTrue(matcher.matches("a👍c"))
        XCTAssertFalse(matcher.matches("ac"))
        XCTAssertFalse(matcher.matches("abbc"))
        XCTAssertFalse(matcher.matches("abcd"))
    }

    func testWithoutWildcardsTheWholeStringMustMatch() {
        let matcher = glob("button")
        XCTAssertTrue(matcher.matches("button"))
        XCTAssertTrue(matcher.matches("BUTTON"))
        XCTAssertFalse(matcher.matches("buttons"))
        XCTAssertFalse(matcher.matches("a button"))
    }

    func testPrefixAndSuffix() {
        XCTAssertTrue(glob("btn_*").matches("btn_ok"))
        XCTAssertFalse(glob("btn_*").matches("a_btn_ok"))
        XCTAssertTrue(glob("*.PNG").matches("shot.png"))
        XCTAssertFalse(glob("*.png").matches("shot.png.bak"))
        XCTAssertTrue(glob("*").matches(""))
        XCTAssertTrue(glob("**").matches("anything"))
    }

    func testGeneralPatternsBacktrack() {
        XCTAssertTrue(glob("*a*b*c").matches("xxaxxbxxbxxc"))
        XCTAssertFalse(glob("*a*b*c").matches("xxaxxbxxcxxb"))
        XCTAssertTrue(glob("*/1?/*.png").matches("images/12/x.png"))
        XCTAssertFalse(glob("*/1?/*.png").matches("images/123/x.png"))
        XCTAssertTrue(glob("a*a*a*a*b").matches("aaaaaaaaaaaaaaaaaaaab"))
        XCTAssertFalse(glob("a*a*a*a*b").matches(String(repeating: "a", count: 5_000)))
    }

    func testCaseIsIgnoredBeyondASCII() {
        XCTAssertTrue(glob("*écran*").matches("MON_ÉCRAN.png"))
        XCTAssertTrue(glob("ÉCRAN").matches("écran"))
        XCTAssertTrue(glob("ΣΟΦ*").matches("σοφία"))
        XCTAssertTrue(glob("σοφ*").matches("ΣΟΦΊΑ"))
        XCTAssertFalse(glob("σοφ*").matches("ΣΟΛΟ"))
    }

    func testQuotedWildcardsAreLiteral() {
        let matcher = GlobMatcher(pattern: "a*".map { FilterCharacter(value: $0, isQuoted: true) })
        XCTAssertTrue(matcher.matches("A*"))
        XCTAssertFalse(matcher.matches("abc"))
    }

    func testFileNameAloneCanMatchAPath() {
        let path = "screens/login.png"
        XCTAssertTrue(withUnsafePointer(to: path) { glob("login.png").matchesPathOrFileName(at: $0) })
        XCTAssertTrue(withUnsafePointer(to: path) { glob("log?n.*").matchesPathOrFileName(at: $0) })
        XCTAssertTrue(withUnsafePointer(to: path) { glob("screens/*").matchesPathOrFileName(at: $0) })
        XCTAssertFalse(withUnsafePointer(to: path) { glob("screens").matchesPathOrFileName(at: $0) })
    }

    func testSkipSearchAgreesWithANaiveSearch() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("abAB/_")
        func word(_ length: Int) -> String {
            String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
        }
        for _ in 0..<2_000 {
            let needle = word(Int.random(in: 1...4, using: &generator))
            let haystack = word(Int.random(in: 0...12, using: &generator))
            let search = CaseFoldedSearch(literal: Array(needle.lowercased().utf8))
            var bytes = haystack
            let found = bytes.withUTF8 { search.occurs(in: $0) }
            XCTAssertEqual(found, haystack.lowercased().contains(needle.lowercased()), "\(needle) in \(haystack)")
        }
    }

    func testSkipSearchWithLongLiterals() {
        let literal = String(repeating: "ab", count: 200) + "c"
        let search = CaseFoldedSearch(literal: Array(literal.utf8))
        var hit = "x" + String(repeating: "AB", count: 300) + "C"
        var miss = String(repeating: "ab", count: 300)
        XCTAssertTrue(hit.withUTF8 { search.occurs(in: $0) })
        XCTAssertFalse(miss.withUTF8 { search.occurs(in: $0) })
    }
}
