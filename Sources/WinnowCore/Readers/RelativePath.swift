import Foundation

/// The path from one folder to a file, for showing people where an item lives relative to its
/// dataset (`images/a.png`, `../images/a.png`).
enum RelativePath {
    static func from(_ folder: URL, to file: URL) -> String {
        let base = folder.standardizedFileURL.pathComponents
        let target = file.standardizedFileURL.pathComponents
        var shared = 0
        while shared < base.count, shared < target.count, base[shared] == target[shared] { shared += 1 }
        // Nothing in common but "/": the absolute path reads better than a ladder of "..".
        if shared <= 1 { return file.standardizedFileURL.path }
        let ups = Array(repeating: "..", count: base.count - shared)
        return (ups + target[shared...]).joined(separator: "/")
    }
}
