import WinnowCanvas
import WinnowCore
import XCTest

@testable import WinnowUI

/// The loading view's bar follows files for a folder and bytes for one big file, so a 1.2 GB COCO
/// file shows how far its reading has come instead of a bar that never moves.
final class LoadingScreenTests: XCTestCase {
    private func lines(_ progress: ReadProgress.Snapshot) -> [String] {
        LoadingScreen.render(path: "big.json", progress: progress, size: TerminalSize(width: 30, height: 8), theme: Theme(name: "t"),
                             unicode: false).plainTextLines().map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    func testOneBigFileShowsItsMegabytes() {
        let progress = ReadProgress()
        progress.reading("big.json", byte: 500_000_000, of: 1_250_000_000)
        XCTAssertEqual(lines(progress.snapshot), ["Loading big.json", "##########................", "500/1250 MB  big.json", "q quits"])
    }

    func testAFolderShowsItsFilesAndAnUnknownSizeSaysReading() {
        let progress = ReadProgress()
        progress.expect(4)
        progress.starting("a.csv")
        XCTAssertEqual(lines(progress.snapshot)[1...2], ["######....................", "1/4 files  a.csv"])
        XCTAssertEqual(lines(ReadProgress().snapshot)[1...2], ["..........................", "reading…"])
    }
}
