import WinnowApp
import Foundation

/// The comparison the export budget names: globox reading a COCO file and writing it as YOLO,
/// timed as a whole process with the given Python (which must have globox installed).
enum GloboxConversion {
    static let script = """
    import sys, globox
    annotations = globox.AnnotationSet.from_coco(sys.argv[1])
    annotations.save_yolo_v5(sys.argv[2], label_to_id={label: i for i, label in enumerate(sorted(annotations._labels()))})
    """

    static func seconds(python: String, coco: URL, out: URL) -> Double? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", script, coco.path, out.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let start = DispatchTime.now().uptimeNanoseconds
        guard (try? process.run()) != nil else { return nil }
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            StandardError.write("bench: globox failed (status \(process.terminationStatus)); is it installed for \(python)?")
            return nil
        }
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
}
