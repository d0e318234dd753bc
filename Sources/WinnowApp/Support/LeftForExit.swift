/// What the command line leaves for the process's exit to reclaim: freeing 100k items and their
/// labels one by one took a tenth of a second after the output was written. Only the executable
/// turns it on (`main.swift`), so tests running many commands in one process free as they go.
package enum LeftForExit {
    nonisolated(unsafe) package static var enabled = false
    nonisolated(unsafe) private static var kept: [AnyObject] = []

    package static func keep(_ object: AnyObject) {
        if enabled { kept.append(object) }
    }
}
