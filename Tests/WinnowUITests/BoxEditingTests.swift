import WinnowTestSupport
import XCTest
import WinnowCanvas
import WinnowCore
@testable import WinnowUI

final class BoxEditingTests: XCTestCase {
    private let box = BoundingBox(x: 10, y: 10, width: 20, height: 10)

    func testMovesAndEdgesByTheStepClampedToTheImage() {
        XCTAssertEqual(BoxGeometry.apply(.boxRight, to: box, step: 5, width: 100, height: 50), BoundingBox(x: 15, y: 10, width: 20, height: 10))
        XCTAssertEqual(BoxGeometry.apply(.boxLeft, to: box, step: 50, width: 100, height: 50), BoundingBox(x: 0, y: 10, width: 20, height: 10))
        XCTAssertEqual(BoxGeometry.apply(.boxGrowRight, to: box, step: 5, width: 100, height: 50)?.width, 25)
        XCTAssertEqual(BoxGeometry.apply(.boxShrinkRight, to: box, step: 50, width: 100, height: 50)?.width, 1, "never below 1 px")
        XCTAssertEqual(BoxGeometry.apply(.boxGrowLeft, to: box, step: 4, width: 100, height: 50), BoundingBox(x: 6, y: 10, width: 24, height: 10))
        XCTAssertEqual(BoxGeometry.apply(.boxShrinkUp, to: box, step: 3, width: 100, height: 50), BoundingBox(x: 10, y: 13, width: 20, height: 7))
        XCTAssertEqual(BoxGeometry.apply(.boxGrowDown, to: box, step: 100, width: 100, height: 50)?.height, 40, "up to the image edge")
        XCTAssertNil(BoxGeometry.apply(.boxUp, to: BoundingBox(x: 0, y: 0, width: 5, height: 5), step: 2, width: 100, height: 50),
                     "already at the edge: nothing to record")
    }

    func testBoxModeStepsFromOneThumbnailCellAndEditsAreJournaledWhole() throws {
        var state = Fixtures.state([Fixtures.item("a", labels: [Fixtures.label("button", 40, 20, 10, 10), Fixtures.label("field", 5, 5, 20, 8)],
                                                  width: 1000, height: 500)])
        _ = AppReducer.reduce(&state, .resized(state.size))
        _ = AppReducer.reduce(&state, .key(.char("e")))
        let editor = try XCTUnwrap(state.boxEditor)
        let thumbnail = try XCTUnwrap(ThumbnailPlanner.key(forItem: 0, state))
        XCTAssertEqual(editor.step, (1000.0 / Double(thumbnail.width)).rounded(), "one thumbnail cell in image pixels")
        XCTAssertEqual(AppReducer.contexts(of: state), [.box, .global])
        _ = AppReducer.reduce(&state, .key(KeyEvent(.tab)))
        XCTAssertEqual(state.selectedLabel, 1, "boxes go left to right: after the button at x=40, Tab wraps to the field at x=5")
        _ = AppReducer.reduce(&state, .key(.char("[")))
        let effects = AppReducer.reduce(&state, .key(KeyEvent(.right)))
        let step = state.boxEditor!.step
        XCTAssertEqual(effects.first, .appendJournal(dataset: 0, action: .boxSet(item: "a", label: "field",
            box: BoundingBox(x: 5 + step, y: 5, width: 20, height: 8), category: "field"), origin: .edit))
        _ = try Fixtures.confirm(effects.element(0), in: &state, seq: 1)
        XCTAssertEqual(try state.currentItem?.labels.element(1).bbox?.x, 5 + step)
        XCTAssertTrue(try state.currentItem?.labels.element(1).verified ?? false, "a touched box is verified")
        _ = AppReducer.reduce(&state, .key(.char("x")))
        XCTAssertNil(state.verdict(ofItem: 0), "x in box mode rejects the box, it is no verdict")
        _ = AppReducer.reduce(&state, .key(KeyEvent(.escape)))
        XCTAssertNil(state.boxEditor)
    }

    func testAddDeleteAndOnlySelected() throws {
        var state = Fixtures.state([Fixtures.item("a", labels: [Fixtures.label("button", 40, 20, 10, 10)], width: 200, height: 100)])
        _ = AppReducer.reduce(&state, .key(.char("e")))
        let add = AppReducer.reduce(&state, .key(.char("n")))
        XCTAssertEqual(add.first, .appendJournal(dataset: 0, action: .boxSet(item: "a", label: "user-2",
            box: BoundingBox(x: 75, y: 25, width: 50, height: 50), category: "button"), origin: .edit))
        _ = try Fixtures.confirm(add.element(0), in: &state, seq: 1)
        XCTAssertEqual(state.currentItem?.labels.last?.source, "user")
        XCTAssertEqual(state.selectedLabel, 1, "the added box is selected")
        let delete = AppReducer.reduce(&state, .key(.char("d")))
        XCTAssertEqual(delete.first, .appendJournal(dataset: 0, action: .boxDelete(item: "a", label: "user-2"), origin: .edit))
        _ = AppReducer.reduce(&state, .key(.char("o")))
        XCTAssertEqual(state.boxEditor?.onlySelected, true)
        var theme = Theme(name: "t")
        theme[.boxSelected] = Style(foreground: .rgb(1, 2, 3))
        XCTAssertEqual(BoxOverlay.boxes(of: state.currentItem!, state: state, theme: theme, scale: (1, 1)).count, 1)
    }
}

final class CategoryPickerTests: XCTestCase {
    private func press(_ state: inout AppState, _ keys: String) -> [AppEffect] {
        try! KeyNotation.parse(keys).flatMap { AppReducer.reduce(&state, .key($0)) }
    }

    private func relabelled(_ effects: [AppEffect]) -> String? {
        guard case .appendJournal(_, .boxSet(_, _, _, let category), _)? = effects.first else { return nil }
        return category
    }

    func testDigitsPickTypingFiltersEnterTakesFirstOrANewName() {
        var state = Fixtures.state(Fixtures.threeItems())   // categories: button, field
        _ = press(&state, "e c")
        XCTAssertEqual(state.overlay, .categoryPicker(""))
        XCTAssertEqual(relabelled(press(&state, "2")), "field")
        _ = press(&state, "c")
        XCTAssertEqual(relabelled(press(&state, "B U T <Enter>")), "button", "case aside, a substring narrows")
        _ = press(&state, "c")
        XCTAssertEqual(relabelled(press(&state, "l o g o <Enter>")), "logo", "no match: a new category")
        _ = press(&state, "c")
        XCTAssertTrue(press(&state, "x <Esc>").isEmpty)
        XCTAssertEqual(state.overlay, .none)
        XCTAssertNotNil(state.boxEditor, "Esc closes the picker, not box mode")
    }

    func testHundredsOfCategoriesNarrowByTyping() {
        let labels = (0..<300).map { Fixtures.label("category-\($0)", Double($0), 0, 5, 5) }
        var state = Fixtures.state([Fixtures.item("a", labels: labels, width: 400, height: 100)])
        _ = press(&state, "e c 2 9 9")
        XCTAssertEqual(state.overlay, .categoryPicker("299"), "with more than nine shown, digits narrow")
        guard case .appendJournal(_, .boxSet(_, _, _, let category), _)? = press(&state, "1").first else { return XCTFail() }
        XCTAssertEqual(category, "category-299")
    }
}

final class ZoomRegionTests: XCTestCase {
    func testZoomIsOneImagePixelPerThumbnailPixelAroundASmallBoxAndStaysInTheImage() {
        let small = ZoomRegion.around(BoundingBox(x: 500, y: 300, width: 20, height: 20), imageWidth: 1920, imageHeight: 1080,
                                      paneWidth: 100, paneHeight: 80)
        XCTAssertEqual(small, ImageRegion(x: 460, y: 270, width: 100, height: 80))
        let corner = ZoomRegion.around(BoundingBox(x: 1910, y: 1075, width: 10, height: 5), imageWidth: 1920, imageHeight: 1080,
                                       paneWidth: 100, paneHeight: 80)
        XCTAssertEqual(corner, ImageRegion(x: 1820, y: 1000, width: 100, height: 80), "clamped inside the image")
        let big = ZoomRegion.around(BoundingBox(x: 0, y: 0, width: 400, height: 100), imageWidth: 1920, imageHeight: 1080,
                                    paneWidth: 100, paneHeight: 80)
        XCTAssertEqual(big.width, 800, "a big box is shown twice over, scaled down")
    }
}

final class BadBoxTests: XCTestCase {
    func testNaNAndNegativeBoxesAreEditableWithoutNonsense() {
        let nan = Label(id: "n", category: "c", bbox: BoundingBox(x: .nan, y: 0, width: 5, height: 5), confidence: 0.5, source: "s", verified: false)
        let negative = Fixtures.label("neg", 50, 40, -20, -10)
        var state = Fixtures.state([Fixtures.item("a", labels: [nan, negative], width: 100, height: 100)])
        _ = AppReducer.reduce(&state, .key(.char("e")))
        state.selectedLabel = 0
        XCTAssertTrue(AppReducer.reduce(&state, .key(KeyEvent(.right))).isEmpty, "a NaN box is not moved")
        XCTAssertEqual(AppReducer.reduce(&state, .key(.char("d"))).first,
                       .appendJournal(dataset: 0, action: .boxDelete(item: "a", label: "n"), origin: .edit), "but it can be deleted")
        state.selectedLabel = 1
        guard case .appendJournal(_, .boxSet(_, _, let moved, _), _)? = AppReducer.reduce(&state, .key(KeyEvent(.left))).first else {
            return XCTFail("a negative box is editable")
        }
        XCTAssertEqual(moved.width, 20)
        XCTAssertEqual(moved.height, 10)
        XCTAssertLessThan(moved.x, 30)
    }
}
