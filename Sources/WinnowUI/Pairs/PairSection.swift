import WinnowCanvas
import WinnowCore

/// The details pane's account of an image pair: how much changed, whether the structure
/// survived, and who sent it when (the address masked unless the workstation was started with
/// `--show-private`). A shared original photo is among the item's problems.
enum PairSection {
    static func render(_ state: AppState, pair: PairContent, into grid: inout Grid, out: inout PaneWriter, theme: Theme) {
        out.line("Pair", theme[.paneTitle], into: &grid)
        out.line([("changed   ", theme[.textDim]), (measure(pair.change), theme[.text]),
                  (pair.change.map { $0 < PairContent.visibleChange ? "  next to nothing" : "" } ?? "", theme[.issueWarning])], into: &grid)
        out.line([("structure ", theme[.textDim]), (measure(pair.structure), theme[.text]),
                  (pair.structure.map { $0 < 0.5 ? "  shapes lost" : "" } ?? "", theme[.issueWarning])], into: &grid)
        if let time = pair.timestamp { out.line([("sent ", theme[.textDim]), (time, theme[.text])], into: &grid) }
        if let email = pair.email {
            out.line([("by ", theme[.textDim]), (state.display.showPrivate ? email : PairContent.masked(email), theme[.text])], into: &grid)
        }
        if let original = pair.originalInstruction {
            out.line([("was ", theme[.textDim]), (original, theme[.textDim])], into: &grid)
        }
    }

    private static func measure(_ value: Double?) -> String {
        value.map { String(format2: $0) } ?? "not measured"
    }
}
