import Foundation

// winnow-sample-generator OUTDIR: draws the sample GUI screens and writes them as a
// screenshot dataset (DESIGN.md section 4).
// winnow-sample-generator --drilling OUTDIR: simulates drill runs and writes them as Setitec
// files (DESIGN.md section 5). Same output bytes on every run, in both modes.

let arguments = CommandLine.arguments
let usage = "usage: winnow-sample-generator OUTDIR\n       winnow-sample-generator --drilling OUTDIR\n"
if arguments.count == 3, arguments[1] == "--drilling", !arguments[2].hasPrefix("-") {
    do {
        let folder = URL(fileURLWithPath: arguments[2], isDirectory: true)
        let written = try DrillingDatasetWriter(folder: folder).write(DrillingCatalog.runs)
        written.forEach { print($0) }
        print("wrote \(written.count) drill runs to \(folder.path)")
        exit(0)
    } catch {
        FileHandle.standardError.write(Data("winnow-sample-generator: \(error)\n".utf8))
        exit(1)
    }
}
guard arguments.count == 2, !arguments[1].hasPrefix("-") else {
    FileHandle.standardError.write(Data(usage.utf8))
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
