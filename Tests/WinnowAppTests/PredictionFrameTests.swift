import WinnowApp
import WinnowCanvas
import WinnowCore
import WinnowSamples
import WinnowTestSupport
import WinnowUI
import XCTest

/// The sample screens with the simulated detector: predictions drawn as corner marks with
/// scores, the disagreements listed, and the keys that settle them, through the real run loop.
final class PredictionFrameTests: XCTestCase {
    private func run(_ keys: String, queue: QueueName = .missed, size: TerminalSize = TerminalSize(width: 140, height: 40),
                     color: Bool = true) throws -> (grid: Grid, theme: Theme, copy: SampleCopy) {
        let copy = try SampleCopy()
        let theme = try Appearance.theme("default", noColor: !color)
        var options = CommonOptions(path: copy.dataset.path, reviewer: "ana")
        let detector = copy.dataset.appendingPathComponent(SampleWriter.detectorPath)
        options.read.predictions = PredictionOptions(sources: [PredictionSource(argument: detector.path)])
        options.startQueue = queue
        let terminal = try HeadlessReview.run(options, keymap: try Appearance.keymap(nil), theme: theme,
                                              script: TerminalScriptStep.keys(try KeyNotation.parse(keys)), size: size, color: color)
        return (try XCTUnwrap(terminal.lastFrame), theme, copy)
    }

    func testTheMissedQueueShowsTheHallucinationFirstWithItsScoreAndKeys() throws {
        let (grid, theme, _) = try run("")
        let text = grid.plainTextLines().joined(separator: "\n")
        XCTAssertTrue(text.contains("Model 4 · quality 0.19"), text)
        XCTAssertTrue(text.contains("▶fp    .81     submit_button"), text)
        XCTAssertTrue(text.contains("y take box · ] next"), text)
        XCTAssertTrue(imageColumns(grid).contains(".81"), "the highlighted prediction's score is drawn on the image")
        Snapshot.assert(FrameSnapshot.text(grid, theme: theme), named: "predictions-missed-140x40")
    }

    func testStepTogglingAndMonochromeCorners() throws {
        let stepped = try run("]").grid.plainTextLines().joined(separator: "\n")
        XCTAssertTrue(stepped.contains("▶class .73 1.0 login_button→"), stepped)
        XCTAssertTrue(stepped.contains("c relabel · y take box · ] next"), stepped)
        let mono = imageColumns(try run("", color: false).grid)
        XCTAssertTrue(mono.contains("┌") && mono.contains(".81"), mono)
        let hidden = try run("p", color: false).grid
        XCTAssertTrue(hidden.plainTextLines().last!.contains("predictions hidden"), hidden.plainTextLines().last!)
        XCTAssertFalse(imageColumns(hidden).contains(".81"), "no score is drawn once hidden")
    }

    /// The image pane's inside at 140 columns (the side panes cut away).
    private func imageColumns(_ grid: Grid) -> String {
        grid.plainTextLines().dropFirst().dropLast(2).map { String(Array($0)[29..<103]) }.joined(separator: "\n")
    }

    func testStatsShowDisagreementsByTierAndEachCategorysCurve() throws {
        let (grid, theme, _) = try run("s", queue: .all, size: TerminalSize(width: 200, height: 60))
        let text = grid.plainTextLines().joined(separator: "\n")
        XCTAssertTrue(text.contains("Model detector AP50 0.480 against the labels as they stand"), text)
        XCTAssertTrue(text.contains("tier            fp    fn class   loc   dup"), text)
        XCTAssertTrue(text.contains("low              3    48     3    12     0"), text)
        XCTAssertTrue(text.contains("F1 .90@.81"), "text_input's best cut-off")
        Snapshot.assert(FrameSnapshot.text(grid, theme: theme), named: "predictions-stats-200x60")
        let narrow = try run("s", queue: .all, size: TerminalSize(width: 80, height: 24)).grid.plainTextLines().joined(separator: "\n")
        XCTAssertTrue(narrow.contains("Model detector AP50"), "what fits at 80x24, without crashing:\n\(narrow)")
    }

    func testWithoutPredictionsTheKeysSaySo() throws {
        let copy = try SampleCopy()
        let terminal = try HeadlessReview.run(CommonOptions(path: copy.dataset.path, reviewer: "ana"), keymap: try Appearance.keymap(nil),
                                              theme: try Appearance.theme("default", noColor: false),
                                              script: TerminalScriptStep.keys(try KeyNotation.parse("y")), size: TerminalSize(width: 120, height: 36), color: true)
        XCTAssertTrue(try XCTUnwrap(terminal.lastFrame).plainTextLines().last!.contains("no predictions here (open the dataset with --predictions FILE)"))
    }
}
