import Foundation

/// Messages for people go to stderr, so stdout stays clean JSON for scripts.
package enum StandardError {
    package static func write(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
