import WinnowCanvas
import WinnowTerminal
import XCTest

final class TerminalScreenDrawingTests: XCTestCase {
    func testOpensXterm256WithUnicodeAndRequestedSize() throws {
        let terminal = try HeadlessTerminal(width: 200, height: 60)
        XCTAssertEqual(terminal.screen.colorMode, .indexed256)
        XCTAssertTrue(terminal.screen.unicode)
        XCTAssertEqual(terminal.screen.size.width, 200)
        XCTAssertEqual(terminal.screen.size.height, 60)
    }

    func testDrawingWritesTheText() throws {
        let terminal = try HeadlessTerminal()
        terminal.screen.draw(Self.textGrid("hello, winnow", width: 80, height: 24))
        XCTAssertTrue(terminal.output().contains("hello, winnow"))
    }

    func testIdenticalFrameWritesAlmostNothing() throws {
        let terminal = try HeadlessTerminal()
        let grid = Self.textGrid("same frame twice", width: 80, height: 24)
        XCTAssertGreaterThan(terminal.bytesToDraw(grid), 16)
        XCTAssertLessThan(terminal.bytesToDraw(grid), 16)
    }

    func testOneChangedCellCostsFarLessThanTheFirstFrame() throws {
        let terminal = try HeadlessTerminal(width: 200, height: 60)
        var grid = Self.halfBlockGrid(width: 200, height: 60, seed: 1)
        let first = terminal.bytesToDraw(grid)
        grid[100, 30] = Cell("x", style: Style(foreground: .rgb(255, 255, 0)))
        let second = terminal.bytesToDraw(grid)
        XCTAssertLessThan(second, 64)
        XCTAssertLessThan(second * 100, first)
    }

    func testRandomHalfBlockFrameIn256Colors() throws {
        let terminal = try HeadlessTerminal(width: 200, height: 60)
        let grid = Self.halfBlockGrid(width: 200, height: 60, seed: 7)
        let full = terminal.bytesToDraw(grid)
        let unchanged = terminal.bytesToDraw(grid)
        print("200x60 random RGB half-block frame, 256 colors: \(full) bytes; unchanged frame: \(unchanged) bytes")
        // Every cell changes both colors here, so this is the worst case: ~25 bytes a cell.
        XCTAssertLessThanOrEqual(full, 320_000)
        XCTAssertLessThan(unchanged, 16)
    }

    func testPhotoLikeHalfBlockFrameFitsTheBudget() throws {
        let terminal = try HeadlessTerminal(width: 200, height: 60)
        let full = terminal.bytesToDraw(Self.photoLikeGrid(width: 200, height: 60, seed: 3))
        print("200x60 photo-like half-block frame, 256 colors: \(full) bytes")
        XCTAssertLessThanOrEqual(full, 140_000)
    }

    func testBottomRightCellIsDrawn() throws {
        let terminal = try HeadlessTerminal(width: 20, height: 5)
        var grid = Grid(width: 20, height: 5)
        grid[19, 4] = Cell("Z")
        terminal.screen.draw(grid)
        XCTAssertTrue(terminal.output().contains("Z"))
    }

    func testWideCharactersAreDrawnOnce() throws {
        let terminal = try HeadlessTerminal(width: 20, height: 5)
        var grid = Grid(width: 20, height: 5)
        grid[2, 1] = Cell("中", width: 2)
        grid[3, 1] = Cell(" ", width: 0)
        terminal.screen.draw(grid)
        XCTAssertEqual(terminal.output().components(separatedBy: "中").count, 2)
    }

    func testControlCharactersInCellsNeverReachTheTerminal() throws {
        let terminal = try HeadlessTerminal(width: 20, height: 5)
        var grid = Grid(width: 20, height: 5)
        grid[0, 0] = Cell("\u{1B}")
        grid[1, 0] = Cell("\u{07}")
        let before = terminal.output()
        terminal.screen.draw(grid)
        let drawn = String(terminal.output().dropFirst(before.count))
        XCTAssertFalse(drawn.contains("\u{07}"))
        XCTAssertTrue(drawn.contains("??"))
    }

    func testMonoModeKeepsAttributesAndDropsColors() throws {
        let terminal = try HeadlessTerminal(forceMono: true)
        XCTAssertEqual(terminal.screen.colorMode, .mono)
        var grid = Grid(width: 80, height: 24)
        grid[0, 0] = Cell("B", style: Style(foreground: .rgb(255, 0, 0), background: .indexed(4), attributes: .bold))
        let before = terminal.output()
        terminal.screen.draw(grid)
        let drawn = String(terminal.output().dropFirst(before.count))
        XCTAssertTrue(drawn.contains("B"))
        XCTAssertFalse(drawn.contains("38;5;"))
        XCTAssertFalse(drawn.contains("48;5;"))
        XCTAssertTrue(drawn.contains("\u{1B}[1m") || drawn.contains(";1m") || drawn.contains("[0;1m"))
    }

    func testEightColorTerminalUsesAnsi16Mode() throws {
        let terminal = try HeadlessTerminal(termType: "xterm")
        XCTAssertEqual(terminal.screen.colorMode, .ansi16)
        var grid = Grid(width: 80, height: 24)
        grid[0, 0] = Cell("R", style: Style(foreground: .rgb(250, 10, 10)))
        terminal.screen.draw(grid)
        XCTAssertTrue(terminal.output().contains("R"))
    }

    func testManyFramesOfNewColorsResetPairsAndKeepDiffing() throws {
        let terminal = try HeadlessTerminal(width: 200, height: 60)
        var last = Grid(width: 0, height: 0)
        for seed in 1...6 {   // ~11k new pairs a frame: crosses the 30k budget
            last = Self.indexedNoiseGrid(width: 200, height: 60, seed: UInt64(seed))
            XCTAssertGreaterThan(terminal.bytesToDraw(last), 100_000)
        }
        XCTAssertLessThan(terminal.bytesToDraw(last), 16)
    }

    func testInvalidateRepaintsEverything() throws {
        let terminal = try HeadlessTerminal()
        let grid = Self.textGrid("repaint me", width: 80, height: 24)
        terminal.screen.draw(grid)
        terminal.screen.invalidate()
        let before = terminal.output().count
        terminal.screen.draw(grid)
        XCTAssertTrue(String(terminal.output().dropFirst(before)).contains("repaint me"))
    }

    func testRestoreIsIdempotent() throws {
        let terminal = try HeadlessTerminal()
        terminal.screen.draw(Self.textGrid("bye", width: 80, height: 24))
        terminal.screen.restore()
        let afterFirst = terminal.screen.bytesWritten
        terminal.screen.restore()
        XCTAssertEqual(terminal.screen.bytesWritten, afterFirst)
    }

    func testOnlyOneScreenAtATime() throws {
        let terminal = try HeadlessTerminal()
        XCTAssertThrowsError(try HeadlessTerminal()) { error in
            XCTAssertTrue("\(error)".contains("another TerminalScreen"))
        }
        _ = terminal
    }

    func testUnknownTerminalTypeIsReported() {
        XCTAssertThrowsError(try HeadlessTerminal(termType: "no-such-terminal-type")) { error in
            XCTAssertTrue("\(error)".contains("TERM=no-such-terminal-type"), "\(error)")
        }
    }

    func testDumbTerminalIsRefused() {
        XCTAssertThrowsError(try HeadlessTerminal(termType: "dumb")) { error in
            XCTAssertTrue("\(error)".contains("TERM=dumb cannot move the cursor"), "\(error)")
        }
        XCTAssertNoThrow(try HeadlessTerminal())   // and the next screen still opens
    }

    // MARK: Grids

    static func textGrid(_ text: String, width: Int, height: Int) -> Grid {
        var grid = Grid(width: width, height: height)
        for (x, character) in text.enumerated() { grid[x, 0] = Cell(character) }
        return grid
    }

    static func halfBlockGrid(width: Int, height: Int, seed: UInt64) -> Grid {
        var random = SeededRandom(seed: seed)
        var grid = Grid(width: width, height: height)
        for y in 0..<height {
            for x in 0..<width {
                let style = Style(foreground: .rgb(random.byte(), random.byte(), random.byte()),
                                  background: .rgb(random.byte(), random.byte(), random.byte()))
                grid[x, y] = Cell("▀", style: style)
            }
        }
        return grid
    }

    /// Smooth gradients with mild noise, as a downscaled screenshot looks.
    static func photoLikeGrid(width: Int, height: Int, seed: UInt64) -> Grid {
        var random = SeededRandom(seed: seed)
        var grid = Grid(width: width, height: height)
        func pixel(_ x: Int, _ row: Int) -> Color {
            let noise = Int(random.byte() % 16)
            return .rgb(UInt8(min(255, x * 240 / width + noise)), UInt8(min(255, row * 240 / (2 * height) + noise)),
                        UInt8(min(255, 120 + noise)))
        }
        for y in 0..<height {
            for x in 0..<width {
                grid[x, y] = Cell("▀", style: Style(foreground: pixel(x, 2 * y), background: pixel(x, 2 * y + 1)))
            }
        }
        return grid
    }

    static func indexedNoiseGrid(width: Int, height: Int, seed: UInt64) -> Grid {
        var random = SeededRandom(seed: seed)
        var grid = Grid(width: width, height: height)
        for y in 0..<height {
            for x in 0..<width {
                grid[x, y] = Cell("▀", style: Style(foreground: .indexed(random.byte()), background: .indexed(random.byte())))
            }
        }
        return grid
    }
}

/// Deterministic bytes (SplitMix64), so measured frames are the same on every run.
struct SeededRandom {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func byte() -> UInt8 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return UInt8(truncatingIfNeeded: z ^ (z >> 31))
    }
}
