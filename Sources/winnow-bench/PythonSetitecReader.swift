import WinnowApp
import Foundation

/// The comparison DESIGN.md asks for: a plain Python reader of the same Setitec files (split
/// lines and cells, decimal commas to dots, floats), timed as a whole process.
enum PythonSetitecReader {
    static let script = #"""
import os, sys
total = 0
folder = sys.argv[1]
for name in sorted(os.listdir(folder)):
    if not name.endswith('.xls'):
        continue
    with open(os.path.join(folder, name), encoding='latin-1') as f:
        lines = f.read().replace('\x00', '').splitlines()
    start = next((i for i, l in enumerate(lines) if l.lstrip().startswith('Position (mm)')), None)
    if start is None:
        continue
    sep = ';' if ';' in lines[start] else '\t'
    rows = []
    for line in lines[start + 1:]:
        cells = [c.strip() for c in line.split(sep) if c.strip()]
        if not cells:
            continue
        row = []
        for c in cells:
            try:
                row.append(float(c.replace(',', '.') if sep == '\t' else c))
            except ValueError:
                row.append(float('nan'))
        rows.append(row)
    total += len(rows)
print(total)
"""#

    static func seconds(folder: String) -> Double? {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-c", script, folder]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let start = Date()
        guard (try? process.run()) != nil else { return nil }
        process.waitUntilExit()
        return process.terminationStatus == 0 ? Date().timeIntervalSince(start) : nil
    }
}
