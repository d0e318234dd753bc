import WinnowCanvas
import WinnowCore

/// What the workstation shows while the data loads in the background: the path, a progress
/// bar by files (or, for one big file, by its bytes), the file being read, and that q quits.
public enum LoadingScreen {
    public static func render(path: String, progress: ReadProgress.Snapshot, size: TerminalSize, theme: Theme, unicode: Bool,
                              quitKey: String = "q") -> Grid {
        var grid = Grid(width: size.width, height: size.height, fill: Cell(" ", style: theme[.text]))
        let width = max(10, min(60, size.width - 4))
        let x = max(0, (size.width - width) / 2)
        let y = max(0, size.height / 2 - 2)
        grid.write("Loading \(path)", x: x, y: y, style: theme[.paneTitle], maxWidth: width)
        let (done, total, counts) = measure(progress)
        let filled = total > 0 ? width * min(done, total) / total : 0
        let bar = String(repeating: unicode ? "█" : "#", count: filled) + String(repeating: unicode ? "░" : ".", count: width - filled)
        grid.write(bar, x: x, y: y + 1, style: theme[.tierHigh], maxWidth: width)
        grid.write("\(counts)  \(progress.file)", x: x, y: y + 2, style: theme[.textDim], maxWidth: width)
        grid.write("\(quitKey) quits", x: x, y: y + 3, style: theme[.textDim], maxWidth: width)
        return grid
    }

    /// Files when there are several, else megabytes of the one file when its reader says them.
    private static func measure(_ p: ReadProgress.Snapshot) -> (done: Int, total: Int, text: String) {
        if p.total > 1 || p.bytesTotal == 0 { return (p.done, p.total, p.total > 0 ? "\(p.done)/\(p.total) files" : "reading…") }
        let mb = { (bytes: Int) in bytes / 1_000_000 }
        return (p.bytesDone, p.bytesTotal, "\(mb(p.bytesDone))/\(mb(p.bytesTotal)) MB")
    }
}
