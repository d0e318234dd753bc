import XCTest

extension Collection where Index == Int {
    /// The element at `index`, or a recorded test failure when there is none: indexing past the end
    /// would crash the test process and hide every later test's result.
    public func element(_ index: Int, file: StaticString = #filePath, line: UInt = #line) throws -> Element {
        try XCTUnwrap(indices.contains(index) ? self[index] : nil, "no element \(index): there are \(count)", file: file, line: line)
    }

    /// The element at `index` for a failure message, which must not crash either.
    public func shown(_ index: Int) -> String {
        indices.contains(index) ? "\(self[index])" : "(no element \(index): there are \(count))"
    }
}
