import Foundation

// winnow-sample-generator OUTDIR: draws the sample GUI screens and writes them as a
// screenshot dataset (DESIGN.md section 4). Same output bytes on every run.

let arguments = CommandLine.arguments
guard arguments.count == 2, !arguments[1].hasPrefix("-") else {
    FileHandle.standardError.write(Data("usage: winnow-sample-generator OUTDIR\n".utf8))
    exit(2)
}
let seed: UInt64 = 20_241_105
do {
    var planner = AnnotationPlanner(seed: seed)
    var entries: [DatasetEntry] = []
    for (index, screen) in ScreenCatalog.all.enumerated() {
        let painted = PaintedScreen(screen, seed: seed &+ UInt64(index) &* 7919)
        entries.append(try DatasetEntry(painted: painted, annotations: planner.annotations(for: painted), sequence: index))
    }
    let folder = URL(fileURLWithPath: arguments[1], isDirectory: true)
    try DatasetWriter(folder: folder).write(entries, metadata: DatasetMetadata.json(for: entries, seed: seed))
    let boxes = entries.reduce(0) { $0 + $1.annotations.count }
    print("wrote \(entries.count) manifest entries (\(entries.filter(\.writesImage).count) images, \(boxes) boxes) to \(folder.path)")
} catch {
    FileHandle.standardError.write(Data("winnow-sample-generator: \(error)\n".utf8))
    exit(1)
}
