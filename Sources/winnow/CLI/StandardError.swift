import Foundation

/// Messages for people go to stderr, so stdout stays clean JSON for scripts.
enum StandardError {
    static func write(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
