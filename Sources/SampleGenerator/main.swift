import Foundation
import WinnowSamples

// winnow-sample-generator OUTDIR: draws the sample GUI screens and writes them as a
// screenshot dataset (DESIGN.md section 4).
// winnow-sample-generator --drilling OUTDIR: simulates drill runs and writes them as Setitec
// files (DESIGN.md section 5). winnow-sample-generator --pairs OUTDIR: draws house fronts and
// their transformations as seed 002's training sessions. Same output bytes on every run.

let arguments = CommandLine.arguments
let usage = "usage: winnow-sample-generator OUTDIR\n       winnow-sample-generator --drilling OUTDIR\n       winnow-sample-generator --pairs OUTDIR\n"
let drilling = arguments.count == 3 && arguments[1] == "--drilling"
let pairs = arguments.count == 3 && arguments[1] == "--pairs"
guard arguments.count == 2 || drilling || pairs, !arguments.last!.hasPrefix("-") else {
    FileHandle.standardError.write(Data(usage.utf8))
    exit(2)
}
let folder = URL(fileURLWithPath: arguments.last!, isDirectory: true)
do {
    if pairs {
        print(try SampleWriter.writePairs(to: folder))
    } else if drilling {
        let written = try SampleWriter.writeDrilling(to: folder)
        written.forEach { print($0) }
        print("wrote \(written.count) drill runs to \(folder.path)")
    } else {
        print(try SampleWriter.writeScreens(to: folder))
    }
} catch {
    FileHandle.standardError.write(Data("winnow-sample-generator: \(error)\n".utf8))
    exit(1)
}
