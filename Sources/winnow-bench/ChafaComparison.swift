import WinnowApp
import Foundation
import WinnowUI

/// chafa is what people use to see an image in a terminal; timing it on the same PNGs at the
/// same cell size puts Winnow's figures in context.
enum ChafaComparison {
    static func medianSeconds<S: Sequence>(images: S, size: TerminalSize) -> Double? where S.Element == URL {
        guard let chafa = ["/usr/bin/chafa", "/usr/local/bin/chafa"].first(where: FileManager.default.isExecutableFile) else { return nil }
        var times: [Double] = []
        for image in images {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: chafa)
            process.arguments = ["--size", "\(size.width - 80)x\(size.height - 3)", "--colors", "256", "--symbols", "vhalf", image.path]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            let start = Date()
            guard (try? process.run()) != nil else { return nil }
            process.waitUntilExit()
            times.append(Date().timeIntervalSince(start))
        }
        return times.isEmpty ? nil : BenchResult.percentile(times, 0.5)
    }
}
